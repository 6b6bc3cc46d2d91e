// The tag stage: actor mentions and quotations for each sentence of a document.
import type { ActorRef, Sentence, TaggedSentence } from '../schemas.ts';
import { composeSentence } from './compose.ts';
import { buildGazetteer, type Gazetteer } from './gazetteer.ts';
import { foldPhrase } from './normalize.ts';
import { personRef, actorRef } from './refs.ts';
import { resolveDocument } from './resolve.ts';

export { ActorEntrySchema, ActorFileSchema, actorFileEntries } from './schema.ts';
export type { ActorEntry, ActorFile } from './schema.ts';
export { buildGazetteer };
export type { Gazetteer };

/** Tag one document's sentences, in order. Pure: the same input gives the same output. */
export function tagDocument(sentences: Sentence[], gazetteer: Gazetteer): TaggedSentence[] {
  return resolveDocument(sentences, gazetteer, {
    lookupSpeaker: (name, date) => lookupActor(name, gazetteer, date) ?? { id: name, name, country: null, role: null },
  });
}

/** Resolve a name ("Hakan Fidan", "United States", "TUR", "Foreign Minister Hakan Fidan") to an actor. */
export function lookupActor(name: string, gazetteer: Gazetteer, date?: string | null): ActorRef | null {
  const id = gazetteer.byName.get(foldPhrase(name));
  const direct = id ? gazetteer.actors.get(id) : undefined;
  if (direct) return direct.kind === 'person' ? personRef(gazetteer, direct, date).ref : actorRef(direct);
  const { drafts } = composeSentence(name, gazetteer, date ?? null);
  const best = drafts.filter((d) => d.ref).sort((a, b) => b.end - b.start - (a.end - a.start))[0];
  return best?.ref ?? null;
}
