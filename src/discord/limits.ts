// Discord's hard limits for what a bot sends; every reply is built to stay inside them.
export const LIMITS = {
  content: 2000,
  embeds: 10,
  embedTotal: 6000,
  title: 256,
  description: 4096,
  fieldValue: 1024,
  footer: 2048,
  autocompleteChoices: 25,
  choiceLength: 100,
  customId: 100,
} as const;

export { clip } from '../core/clip.js';
