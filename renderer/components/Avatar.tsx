import type { ConsultantCard } from '../../electron/api/types';

type Person = Pick<ConsultantCard, 'name' | 'initials' | 'photo'>;

/** A stable colour per name, so the same consultant looks the same on every screen. */
function hueOf(name: string): number {
  let h = 0;
  for (const ch of name) h = (h * 31 + (ch.codePointAt(0) ?? 0)) % 360;
  return h;
}

/** A consultant's photo, or their initials on a coloured disc. Decorative: the name is always shown beside it. */
export function Avatar({ person, size = 'md' }: { person: Person; size?: 'sm' | 'md' | 'lg' | 'xl' }) {
  if (person.photo) return <img className={`avatar avatar--${size}`} src={person.photo} alt="" />;
  return (
    <span
      className={`avatar avatar--${size} avatar--initials`}
      style={{ backgroundColor: `hsl(${hueOf(person.name)} 45% 34%)` }}
      aria-hidden="true"
    >
      {person.initials}
    </span>
  );
}
