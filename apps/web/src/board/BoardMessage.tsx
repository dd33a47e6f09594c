import type { ReactNode } from 'react'
import { Link } from '../routing/Link'
import { Logo } from '../ui/Logo'
import './board-message.css'

/** A full-page message in place of a board that cannot be shown, with the way back home. */
export function BoardMessage({
  title,
  children,
  testId,
}: {
  title: string
  children: ReactNode
  testId: string
}) {
  return (
    <div className="board-message" data-testid={testId}>
      <div className="board-message__card" role="alert">
        <Logo />
        <h1>{title}</h1>
        <div className="board-message__body">{children}</div>
        <Link href="/" className="sb-button sb-button--primary">
          Back to all boards
        </Link>
      </div>
    </div>
  )
}
