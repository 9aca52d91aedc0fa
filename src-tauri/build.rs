//! Tauri's build step. Declaring the app's commands makes each one a permission
//! (`allow-<command>`) that a capability must grant: nothing is callable by default.

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let manifest = tauri_build::AppManifest::new().commands(&[
        "texts",
        "boot",
        "start",
        "screen",
        "answer",
        "back",
        "question",
        "finish",
        "ready",
        "settings",
        "wipe",
        "resumable",
        "resume",
        "staff_sign_in",
        "staff_quit",
        "staff_sign_out",
        "packs",
        "pack_preview",
        "pack_install",
        "pack_rollback",
        "record",
        "record_save",
        "log",
        "consultation",
        "erase",
        "stats",
        "export",
        "directory",
        "directory_save",
        "audit_log",
        "setup",
        "setup_first",
        "setup_change",
        "restart",
        "read_aloud_available",
        "speak_screen",
        "speak_question",
        "speak_card",
        "speak_countdown",
        "stop_speaking",
    ]);
    tauri_build::try_build(tauri_build::Attributes::new().app_manifest(manifest))?;
    Ok(())
}
