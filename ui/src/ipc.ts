// The only file that talks to the shell. Every call returns the core's answer as a typed DTO
// (generated from the Rust types into ./bindings) or throws an IpcError.

import { invoke as tauriInvoke } from "@tauri-apps/api/core";
import type { TextsDto } from "./bindings/TextsDto";
import type { ScreenDto } from "./bindings/ScreenDto";
import type { QuestionDto } from "./bindings/QuestionDto";
import type { IpcError } from "./bindings/IpcError";
import type { SettingsDto } from "./bindings/SettingsDto";
import type { ResumableDto } from "./bindings/ResumableDto";
import type { BootDto } from "./bindings/BootDto";

export type { TextsDto, ScreenDto, QuestionDto, IpcError, SettingsDto, ResumableDto };

/** Whether a thrown value is an error the shell sent. */
export function isIpcError(e: unknown): e is IpcError {
  return typeof e === "object" && e !== null && "code" in e && "message" in e;
}

let queue: Promise<unknown> = Promise.resolve();

/** One call at a time, in the order the UI makes them. The shell may run concurrent calls in
 * any order, and a slow reply (a language switch on the results, say) could then land after a
 * newer one (Start) and put back a screen that no longer holds. */
function invoke<T>(cmd: string, args?: Record<string, unknown>): Promise<T> {
  const reply = queue.then(() => tauriInvoke<T>(cmd, args));
  queue = reply.catch(() => undefined);
  return reply;
}

export const ipc = {
  boot: (locale: string) => invoke<BootDto>("boot", { locale }),
  texts: (locale: string) => invoke<TextsDto>("texts", { locale }),
  start: (locale: string) => invoke<ScreenDto>("start", { locale }),
  screen: (locale: string) => invoke<ScreenDto>("screen", { locale }),
  answer: (question: string, value: unknown) => invoke<ScreenDto>("answer", { question, value }),
  back: () => invoke<ScreenDto>("back"),
  question: (id: string) => invoke<QuestionDto>("question", { id }),
  finish: () => invoke<ScreenDto>("finish"),
  ready: () => invoke<void>("ready"),
  settings: () => invoke<SettingsDto>("settings"),
  wipe: () => invoke<ScreenDto>("wipe"),
  resumable: (locale: string) => invoke<ResumableDto | null>("resumable", { locale }),
  resume: (locale: string) => invoke<ScreenDto>("resume", { locale }),
  staffSignIn: (locale: string, pin: string) => invoke<void>("staff_sign_in", { locale, pin }),
  staffQuit: (locale: string) => invoke<void>("staff_quit", { locale }),
};
