// The mapping of a list as staff choose it in the table, and the mapping the shell takes.

import type { ListDto, MappingDto } from "../ipc";

/** A value read as written (the mapping names it not): not a choice any question has. */
export const AUTO = "\u0000as-written";

/** Per column header: the question it answers ("" = carried through) and what its values mean. */
export type Chosen = Record<string, { question: string; values: Record<string, string>; complete: boolean }>;

/** The table as the list opened: the mapping kept beside it, or the one suggested. */
export function chosenOf(list: ListDto): Chosen {
  return Object.fromEntries(
    list.columns.map((c) => [c.header, { question: c.question ?? "", values: { ...c.targets }, complete: c.complete }]),
  );
}

/** The mapping staff confirmed: the columns that answer a question, and the values they named. */
export function mappingOf(chosen: Chosen): MappingDto {
  return {
    columns: Object.entries(chosen)
      .filter(([, c]) => c.question !== "")
      .map(([header, c]) => ({
        header,
        question: c.question,
        values: Object.fromEntries(Object.entries(c.values).filter(([, target]) => target !== AUTO)),
        complete: c.complete,
      })),
  };
}
