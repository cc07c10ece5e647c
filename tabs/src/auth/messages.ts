import type { Messages } from "../i18n/messages-type";

const en = {} as const;

const de: Messages<typeof en> = {};

export const auth = { en, de };
