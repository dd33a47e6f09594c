import { useValue, type Editor, type TLInstancePresence } from 'tldraw'
import { initials } from './initials'

const MAX_SHOWN = 4

/** The people on this board right now (besides you), from tldraw's collaborator records. */
export function PresenceAvatars({ editor }: { editor: Editor | null }) {
  // Serialised so that cursor moves (which change presence records) do not re-render the bar.
  const key = useValue(
    'collaborators',
    () =>
      JSON.stringify(
        (editor?.getCollaborators() ?? []).map((p: TLInstancePresence) => ({
          id: p.id,
          name: p.userName || 'Anonymous',
          color: p.color,
        })),
      ),
    [editor],
  )
  const people = JSON.parse(key) as Array<{ id: string; name: string; color: string }>
  if (people.length === 0) return null
  const shown = people.slice(0, MAX_SHOWN)
  const more = people.length - shown.length
  return (
    <ul
      className="presence"
      data-testid="presence-avatars"
      data-count={people.length}
      aria-label={`${people.length} other ${people.length === 1 ? 'person' : 'people'} on this board`}
    >
      {shown.map((person) => (
        <li
          key={person.id}
          className="presence__avatar"
          data-testid="presence-avatar"
          data-name={person.name}
          title={person.name}
          style={{ background: person.color }}
        >
          {initials(person.name)}
        </li>
      ))}
      {more > 0 && (
        <li
          className="presence__avatar presence__avatar--more"
          title={people
            .slice(MAX_SHOWN)
            .map((p) => p.name)
            .join(', ')}
        >
          +{more}
        </li>
      )}
    </ul>
  )
}
