// The staff screens, by name: a page, a past consultation opened from the log, or none (the
// consultation on screen).

export type StaffPageName = "log" | "stats" | "directory" | "packs" | "lists" | "audit" | "setup";
export type StaffView = StaffPageName | { consultation: number } | null;

export const staffPages: StaffPageName[] = ["log", "stats", "directory", "packs", "lists", "audit", "setup"];

/** The pages only a county office offers. */
export const officePages: StaffPageName[] = ["lists"];
