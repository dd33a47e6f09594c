/** The Sceneboard mark and wordmark. */
export function Logo({ compact = false }: { compact?: boolean }) {
  return (
    <span className="sb-logo">
      <svg className="sb-logo__mark" viewBox="0 0 64 64" width="26" height="26" aria-hidden="true">
        <rect width="64" height="64" rx="14" fill="#22252d" />
        <rect x="10" y="18" width="30" height="22" rx="3" fill="#f2b33d" />
        <rect
          x="24"
          y="26"
          width="30"
          height="22"
          rx="3"
          fill="#fff"
          stroke="#22252d"
          strokeWidth="3"
        />
        <path d="M35 32.5v9l7.5-4.5z" fill="#22252d" />
      </svg>
      {!compact && <span className="sb-logo__word">Sceneboard</span>}
    </span>
  )
}
