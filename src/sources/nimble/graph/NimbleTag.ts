import { builder } from '../../../builder.js';

export interface Tag {
  key: string;
  value: string;
}

export const NimbleTag = builder.objectRef<Tag>('NimbleTag').implement({
  description: 'A tag on a Nimble Studio resource: one entry of its AWS `tags` map.',
  fields: (t) => ({
    key: t.exposeString('key', { nullable: false, description: 'The tag key.' }),
    value: t.exposeString('value', { nullable: false, description: 'The tag value.' }),
  }),
});

/** AWS returns tags as a map; GraphQL lists them so clients can select them without a JSON scalar. */
export const tagList = (tags: Record<string, string> | undefined): Tag[] | null =>
  tags ? Object.entries(tags).map(([key, value]) => ({ key, value })) : null;
