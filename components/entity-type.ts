/** Display labels of entity types, shared by the card and the popup. */
import type { EntityType } from '../data/types';

export const TYPE_LABEL: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organisation',
  place: 'Place',
  project: 'Project',
  event: 'Event',
};
