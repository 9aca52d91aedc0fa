// The only file that talks to the shell. Every call returns the core's answer as a typed DTO
// (generated from the Rust types into ./bindings) or throws an IpcError.

import { Channel, invoke as tauriInvoke } from "@tauri-apps/api/core";
import type { TextsDto } from "./bindings/TextsDto";
import type { ScreenDto } from "./bindings/ScreenDto";
import type { QuestionDto } from "./bindings/QuestionDto";
import type { IpcError } from "./bindings/IpcError";
import type { SettingsDto } from "./bindings/SettingsDto";
import type { ResumableDto } from "./bindings/ResumableDto";
import type { BootDto } from "./bindings/BootDto";
import type { SpeechDto } from "./bindings/SpeechDto";

import type { PacksDto } from "./bindings/PacksDto";
import type { PackDiffDto } from "./bindings/PackDiffDto";
import type { RecordDto } from "./bindings/RecordDto";
import type { RecordPanelDto } from "./bindings/RecordPanelDto";
import type { RecordInputDto } from "./bindings/RecordInputDto";
import type { LogDto } from "./bindings/LogDto";
import type { LogQueryDto } from "./bindings/LogQueryDto";
import type { ConsultationDto } from "./bindings/ConsultationDto";
import type { StatsDto } from "./bindings/StatsDto";
import type { ExportDto } from "./bindings/ExportDto";
import type { DirectoryDto } from "./bindings/DirectoryDto";
import type { DirectoryEntryDto } from "./bindings/DirectoryEntryDto";
import type { AuditEntryDto } from "./bindings/AuditEntryDto";
import type { ExportKindDto } from "./bindings/ExportKindDto";
import type { FileFormatDto } from "./bindings/FileFormatDto";
import type { ErrorCodeDto } from "./bindings/ErrorCodeDto";
import type { SetupDto } from "./bindings/SetupDto";
import type { SetupFormDto } from "./bindings/SetupFormDto";
import type { SetupDoneDto } from "./bindings/SetupDoneDto";
import type { ModeDto } from "./bindings/ModeDto";
import type { ListFilesDto } from "./bindings/ListFilesDto";
import type { ListDto } from "./bindings/ListDto";
import type { MappingDto } from "./bindings/MappingDto";
import type { ListProgressDto } from "./bindings/ListProgressDto";
import type { ScreenedListDto } from "./bindings/ScreenedListDto";
import type { PrintedDto } from "./bindings/PrintedDto";
import type { PrintoutDto } from "./bindings/PrintoutDto";

export type { TextsDto, ScreenDto, QuestionDto, IpcError, SettingsDto, ResumableDto, SpeechDto };
export type { PacksDto, PackDiffDto, RecordDto, RecordInputDto, RecordPanelDto, LogDto, LogQueryDto, ConsultationDto };
export type { StatsDto, ExportDto, DirectoryDto, DirectoryEntryDto, AuditEntryDto };
export type { ExportKindDto, FileFormatDto, ErrorCodeDto };
export type { SetupDto, SetupFormDto, SetupDoneDto, ModeDto };
export type { ListFilesDto, ListDto, MappingDto, ListProgressDto, ScreenedListDto };
export type { PrintedDto, PrintoutDto };

/** Whether a thrown value is an error the shell sent. */
export function isIpcError(e: unknown): e is IpcError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

/** Whether a thrown value is the shell's refusal with this code. */
export function isCode(e: unknown, code: ErrorCodeDto): boolean {
  return isIpcError(e) && e.code === code;
}

/** What to show for a failed call: the core's sentence, in the reader's language. Anything
 * else (a bug, never a refusal) is logged and shown as the UI's own "something went wrong". */
export function errorText(e: unknown, unexpected: string): string {
  if (isIpcError(e)) return e.message;
  console.error(e);
  return unexpected;
}

let queue: Promise<unknown> = Promise.resolve();
/** Marks made since they were last cleared: a kiosk runs all day, so they are kept few. */
let marks = 0;
/** Calls not answered yet, shown on the page (`data-ipc-pending`) so that the end-to-end tests
 * can wait for a screen to settle instead of for a while. */
let pending = 0;
const showPending = () => (document.documentElement.dataset.ipcPending = String(pending));

/** One call at a time, in the order the UI makes them. The shell may run concurrent calls in
 * any order, and a slow reply (a language switch on the results, say) could then land after a
 * newer one (Start) and put back a screen that no longer holds. A call made with `queued`
 * false goes at once and holds nothing up: a list being screened (which puts back no screen)
 * and its Cancel, which must reach the shell while the screening's call still waits. */
function invoke<T>(cmd: string, args?: Record<string, unknown>, queued = true): Promise<T> {
  // A mark per call, for profiling and for the tests that count calls per step.
  if (++marks > 1000) {
    performance.clearMarks();
    marks = 0;
  }
  performance.mark(`ipc:${cmd}`);
  pending++;
  showPending();
  const reply = queued ? queue.then(() => tauriInvoke<T>(cmd, args)) : tauriInvoke<T>(cmd, args);
  const settled = reply.catch(() => undefined);
  if (queued) queue = settled;
  void settled.then(() => {
    pending--;
    showPending();
  });
  return reply.catch((e: unknown) => {
    const signedOutCode: ErrorCodeDto = "not_signed_in";
    if (isIpcError(e) && e.code === signedOutCode) signedOut();
    throw e;
  });
}

let signedOut: () => void = () => {};

/** Called when the shell refuses a staff call because the sign-in lapsed. */
export function onSignedOut(listener: () => void) {
  signedOut = listener;
}

export const ipc = {
  /** Without a locale: the pack's own language. */
  boot: (locale: string | null) => invoke<BootDto>("boot", { locale }),
  texts: (locale: string) => invoke<TextsDto>("texts", { locale }),
  start: (locale: string) => invoke<ScreenDto>("start", { locale }),
  screen: (locale: string) => invoke<ScreenDto>("screen", { locale }),
  /** The values chosen, as the question offers them. */
  answer: (question: string, chosen: string[]) => invoke<ScreenDto>("answer", { question, chosen }),
  back: () => invoke<ScreenDto>("back"),
  question: (id: string) => invoke<QuestionDto>("question", { id }),
  finish: () => invoke<ScreenDto>("finish"),
  ready: () => invoke<void>("ready"),
  wipe: () => invoke<ScreenDto>("wipe"),
  resumable: (locale: string) => invoke<ResumableDto | null>("resumable", { locale }),
  resume: (locale: string) => invoke<ScreenDto>("resume", { locale }),
  // Reading aloud: the core words it, the shell's voice says it.
  readAloudAvailable: (locale: string) => invoke<boolean>("read_aloud_available", { locale }),
  speakQuestion: (locale: string, question: string) => invoke<SpeechDto>("speak_question", { locale, question }),
  speakScreen: (locale: string) => invoke<SpeechDto>("speak_screen", { locale }),
  speakCard: (locale: string, measure: string) => invoke<SpeechDto>("speak_card", { locale, measure }),
  speakCountdown: (locale: string, seconds: number) => invoke<SpeechDto>("speak_countdown", { locale, seconds }),
  stopSpeaking: () => invoke<void>("stop_speaking"),
  staffSignIn: (locale: string, pin: string) => invoke<void>("staff_sign_in", { locale, pin }),
  staffQuit: (locale: string) => invoke<void>("staff_quit", { locale }),
  staffSignOut: () => invoke<void>("staff_sign_out"),
  // This computer's setup: the first run (refused once set up), then staff's changes.
  setup: (locale: string) => invoke<SetupDto>("setup", { locale }),
  setupFirst: (locale: string, form: SetupFormDto) => invoke<SetupDoneDto>("setup_first", { locale, form }),
  setupChange: (locale: string, form: SetupFormDto) => invoke<SetupDoneDto>("setup_change", { locale, form }),
  /** Starts the app again after a setup changed the mode (does nothing otherwise). */
  restart: () => invoke<void>("restart"),
  // Staff only (signed in); each refuses with `not_signed_in` otherwise.
  packs: (locale: string) => invoke<PacksDto>("packs", { locale }),
  packPreview: (locale: string, path: string) => invoke<PackDiffDto>("pack_preview", { locale, path }),
  packInstall: (locale: string, path: string, allowDowngrade: boolean) =>
    invoke<PackDiffDto>("pack_install", { locale, path, allowDowngrade }),
  packRollback: (locale: string) => invoke<PackDiffDto>("pack_rollback", { locale }),
  record: (locale: string, id: number | null) => invoke<RecordPanelDto>("record", { locale, id }),
  recordSave: (locale: string, id: number | null, record: RecordInputDto) =>
    invoke<RecordDto>("record_save", { locale, id, record }),
  log: (locale: string, query: LogQueryDto) => invoke<LogDto>("log", { locale, query }),
  consultation: (locale: string, id: number) => invoke<ConsultationDto>("consultation", { locale, id }),
  erase: (locale: string, id: number) => invoke<void>("erase", { locale, id }),
  stats: (locale: string, from: string, to: string) => invoke<StatsDto>("stats", { locale, from, to }),
  exportFile: (locale: string, what: ExportKindDto, format: FileFormatDto) =>
    invoke<ExportDto>("export", { locale, what, format }),
  directory: (locale: string, county: string) => invoke<DirectoryDto>("directory", { locale, county }),
  directorySave: (locale: string, county: string, entry: DirectoryEntryDto) =>
    invoke<DirectoryDto>("directory_save", { locale, county, entry }),
  auditLog: (locale: string) => invoke<AuditEntryDto[]>("audit_log", { locale }),
  // 名单筛查 (a county office): a list from the import folders screened into the export folder.
  listFiles: (locale: string) => invoke<ListFilesDto>("list_files", { locale }),
  listOpen: (locale: string, path: string, sheet: string | null) =>
    invoke<ListDto>("list_open", { locale, path, sheet }),
  /** Screens the list; `onProgress` hears the rows done as they are; `listCancel` with the
   * same `ticket` (see `newTicket`) stops it, even before it has begun. */
  listScreen: (
    locale: string,
    path: string,
    sheet: string | null,
    mapping: MappingDto,
    ticket: number,
    onProgress: (p: ListProgressDto) => void,
  ) => {
    const progress = new Channel<ListProgressDto>();
    progress.onmessage = onProgress;
    const args = { locale, path, sheet, mapping, ticket, progress };
    return invoke<ScreenedListDto>("list_screen", args, false);
  },
  listCancel: (locale: string, ticket: number) =>
    invoke<void>("list_cancel", { locale, ticket }, false),
  exportFolderOpen: (locale: string) => invoke<void>("export_folder_open", { locale }),
  // Printing waits its turn like a screen change: a language switch asked for just before
  // lands first (else the printout mixed two languages), and one asked for after waits until
  // the page is printed (else the printout showed half of each).
  /** The results on screen to the settings' printer (answering once it took them), or the
   * system's print dialog (answering once the person chose). */
  print: (locale: string) => invoke<PrintedDto>("print", { locale }),
  /** Office: the results on screen saved as PDF in the export folder. */
  printoutSave: (locale: string) => invoke<PrintoutDto>("printout_save", { locale }),
};
