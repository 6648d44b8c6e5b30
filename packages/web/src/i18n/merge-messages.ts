// An app's catalog is the shared components' messages (./messages) with the app's own merged
// over them: the app adds groups and keys, and may reword a shared message for its readers
// (the console's sign-in asks for a "Work email address").

export interface MessageTree {
  readonly [key: string]: string | MessageTree;
}

/** `Shared` with `App` merged over it, key by key (the type of `mergeMessages`' result). */
export type MergedMessages<Shared, App> = {
  readonly [K in keyof Shared | keyof App]: K extends keyof App
    ? K extends keyof Shared
      ? App[K] extends string
        ? App[K]
        : MergedMessages<Shared[K], App[K]>
      : App[K]
    : K extends keyof Shared
      ? Shared[K]
      : never;
};

/** The same tree with every message widened to `string`: the type a translation must have. */
export type CatalogShape<T> = { [K in keyof T]: T[K] extends string ? string : CatalogShape<T[K]> };

export function mergeMessages<Shared extends MessageTree, App extends MessageTree>(
  shared: Shared,
  app: App,
  path = "",
): MergedMessages<Shared, App> {
  const merged: Record<string, string | MessageTree> = { ...shared };
  for (const [key, value] of Object.entries(app)) {
    const here = path ? `${path}.${key}` : key;
    const existing = shared[key];
    if (existing === undefined) merged[key] = value;
    else if (typeof existing === "string" && typeof value === "string") merged[key] = value;
    else if (typeof existing !== "string" && typeof value !== "string")
      merged[key] = mergeMessages(existing, value, here);
    else throw new Error(`${here} is a message on one side and a group on the other; rename one of them.`);
  }
  return merged as MergedMessages<Shared, App>;
}
