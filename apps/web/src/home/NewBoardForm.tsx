import { useState, type FormEvent } from 'react'
import { BOARD_TITLE_MAX } from '@sceneboard/shared'

interface NewBoardFormProps {
  busy: boolean
  onCreate(title: string): void
  onCancel(): void
}

/** The inline form behind "New board": a title (optional) and Create. */
export function NewBoardForm({ busy, onCreate, onCancel }: NewBoardFormProps) {
  const [title, setTitle] = useState('')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    onCreate(title.trim() || 'Untitled board')
  }
  return (
    <form className="new-board-form" onSubmit={submit} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <label className="sb-visually-hidden" htmlFor="new-board-title">
        Board title
      </label>
      <input
        id="new-board-title"
        name="title"
        className="new-board-form__input"
        placeholder="Untitled board"
        autoFocus
        maxLength={BOARD_TITLE_MAX}
        value={title}
        onChange={(e) => setTitle(e.target.value)}
        disabled={busy}
      />
      <button type="submit" className="sb-button sb-button--primary" disabled={busy}>
        {busy ? 'Creating…' : 'Create board'}
      </button>
      <button type="button" className="sb-button sb-button--ghost" onClick={onCancel} disabled={busy}>
        Cancel
      </button>
    </form>
  )
}
