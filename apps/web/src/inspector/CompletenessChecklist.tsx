import { SPEC_PARTS, SPEC_PART_GUIDES, specCompleteness, type ShotSpec } from '@sceneboard/shared'
import { IconCheck } from '../ui/icons'

/** Which of the five parts of a strong shot description are still empty, with what to write. */
export function CompletenessChecklist({ spec }: { spec: ShotSpec }) {
  const { missing } = specCompleteness(spec)
  const filledCount = SPEC_PARTS.length - missing.length
  const missingSet = new Set(missing)
  return (
    <section
      className="inspector__section completeness"
      data-testid="spec-missing"
      data-missing={missing.join(' ')}
      aria-labelledby="completeness-heading"
    >
      <div className="inspector__section-head">
        <h3 id="completeness-heading" className="inspector__section-title">
          {missing.length === 0 ? 'Shot description complete' : 'Still missing'}
        </h3>
        <span className="completeness__count">
          {filledCount}/{SPEC_PARTS.length}
        </span>
      </div>
      <div className="completeness__meter" aria-hidden="true">
        {SPEC_PARTS.map((part) => (
          <span key={part} data-filled={!missingSet.has(part) || undefined} />
        ))}
      </div>
      {missing.length === 0 ? (
        <p className="completeness__done">
          Camera, subject, action, environment and light are all described: video models reward
          exactly this.
        </p>
      ) : (
        <ul className="completeness__list">
          {SPEC_PARTS.map((part) => {
            const filled = !missingSet.has(part)
            const guide = SPEC_PART_GUIDES[part]
            return (
              <li
                key={part}
                className="completeness__item"
                data-testid="spec-missing-item"
                data-part={part}
                data-filled={filled || undefined}
              >
                <span className="completeness__mark" aria-hidden="true">
                  {filled && <IconCheck size={12} strokeWidth={2.6} />}
                </span>
                <span>
                  <strong>{guide.label}</strong>
                  {filled ? (
                    <span className="completeness__ok"> done</span>
                  ) : (
                    <span className="completeness__hint">: {guide.hint}</span>
                  )}
                </span>
              </li>
            )
          })}
        </ul>
      )}
    </section>
  )
}
