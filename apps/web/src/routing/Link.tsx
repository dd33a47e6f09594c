import type { AnchorHTMLAttributes, MouseEvent } from 'react'
import { navigate } from './navigation'

type LinkProps = AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }

/** An anchor that navigates in-app on a plain click and behaves natively otherwise. */
export function Link({ href, onClick, ...rest }: LinkProps) {
  const handleClick = (event: MouseEvent<HTMLAnchorElement>) => {
    onClick?.(event)
    if (event.defaultPrevented || event.button !== 0) return
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return
    if (rest.target && rest.target !== '_self') return
    event.preventDefault()
    navigate(href)
  }
  return <a href={href} onClick={handleClick} {...rest} />
}
