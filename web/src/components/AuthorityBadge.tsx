import { useT } from '../i18n';
import type { Authority } from '../types';

/** A–E source authority, explained on hover and to screen readers. */
export function AuthorityBadge({ authority }: { authority: Authority }) {
  const { t } = useT();
  const help = t.authorityHelp[authority] ?? authority;
  return (
    <span className={`authority authority-${authority}`} title={help} aria-label={`${t.authority} ${help}`} tabIndex={0}>
      {authority}
      <span className="authority-tip" role="tooltip">
        {help}
      </span>
    </span>
  );
}
