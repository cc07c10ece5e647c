/** A translation must carry every key of the English catalog it translates. */
export type Messages<English> = { readonly [Key in keyof English]: string };
