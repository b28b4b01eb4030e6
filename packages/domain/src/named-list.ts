/**
 * The members of a closed list that has a name for each member, read from its table of names: the
 * list is written once (the table), so a member cannot be added to the list and forgotten in the
 * names, or the other way round. Keys keep the table's order. The result is a non-empty tuple, as
 * `z.enum` wants it.
 */
export function membersOf<K extends string>(names: Readonly<Record<K, string>>): readonly [K, ...K[]] {
  return Object.keys(names) as unknown as readonly [K, ...K[]];
}
