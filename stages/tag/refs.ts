// ActorRefs for gazetteer actors, with a person's office chosen by the document's date.
import type { ActorRef } from '../schemas.ts';
import type { Actor, Gazetteer, Office } from './gazetteer.ts';
import { titleKey } from './normalize.ts';

function holds(role: Office, date: string): boolean {
  return (!role.from || role.from <= date) && (!role.to || date < role.to);
}

/** The offices held on `date`; without a date, the current ones (or the last one held). */
export function rolesAt(actor: Actor, date: string | null | undefined): Office[] {
  if (date) return actor.roles.filter((r) => holds(r, date.slice(0, 10)));
  const open = actor.roles.filter((r) => !r.to);
  if (open.length > 0) return open;
  const last = [...actor.roles].sort((a, b) => (b.to ?? '').localeCompare(a.to ?? ''))[0];
  return last ? [last] : [];
}

/** A state, organisation or group as a reference; `role` overrides its own (the "Kremlin" is GOV). */
export function actorRef(actor: Actor, role: string | null = null): ActorRef {
  return {
    id: actor.id,
    name: actor.name,
    country: actor.country ?? (actor.kind === 'state' ? actor.id : null),
    role: role ?? actor.role,
  };
}

export interface PersonResolution {
  ref: ActorRef;
  /** The title in the text names an office the person holds on that date. */
  titled: boolean;
}

/**
 * A person as analysts should see them: the state (or organisation) they act for, with the role
 * of the office held on the date. A title outside its dates does not lend its role.
 */
export function personRef(
  g: Gazetteer,
  actor: Actor,
  date: string | null | undefined,
  title?: { text: string; generic: boolean },
): PersonResolution {
  const held = rolesAt(actor, date);
  let office: Office | undefined;
  let titled = false;
  if (title) {
    const key = titleKey(title.text);
    // Undated text: any office the person ever held can be the one its title names.
    const offices = date ? held : [...actor.roles].reverse();
    office = offices.find((r) => r.titleKeys.has(key));
    if (!office && title.generic) office = held[0];
    titled = office !== undefined;
  }
  office ??= held.find((r) => r.role === 'GOV') ?? held[0];
  const role = office ? office.role : actor.roles.length > 0 ? null : actor.role;
  const orgId = office?.org ?? actor.org;
  const org = orgId ? g.actors.get(orgId) : undefined;
  if (org) return { ref: { id: org.id, name: org.name, country: org.country, role: role ?? org.role }, titled };
  const country = office?.country ?? actor.country ?? lastCountry(actor);
  return { ref: { id: actor.id, name: actor.name, country, role }, titled };
}

function lastCountry(actor: Actor): string | null {
  for (let i = actor.roles.length - 1; i >= 0; i--) {
    const c = actor.roles[i]!.country;
    if (c) return c;
  }
  return null;
}

/** People with an office in each organisation, gathered once a gazetteer. */
const staffOf = new WeakMap<Gazetteer, Map<string, Set<Actor>>>();

/** Who holds the office `title` of organisation `org` on `date` ("the Secretary-General" in 1995: Boutros-Ghali). */
export function officeHolder(g: Gazetteer, org: string, title: string, date: string | null | undefined): Actor | undefined {
  let staff = staffOf.get(g);
  if (!staff) {
    staff = new Map();
    for (const a of g.actors.values()) {
      for (const r of a.roles) if (r.org) staff.set(r.org, (staff.get(r.org) ?? new Set<Actor>()).add(a));
    }
    staffOf.set(g, staff);
  }
  const key = titleKey(title);
  return [...(staff.get(org) ?? [])].find((a) => rolesAt(a, date).some((r) => r.org === org && r.titleKeys.has(key)));
}
