//! How WebKitGTK draws the page on a machine without a graphics processor.
//!
//! WebKitGTK composites the page with OpenGL. Where there is no GPU (the county offices' old
//! PCs, virtual machines, a kiosk on a bare X server) that OpenGL is Mesa's software renderer,
//! llvmpipe, which has to compile its shaders on the processor before the first frame. Measured
//! on such a machine, that cost the app's first screen about 25 ms of drawing and delayed the
//! page's start by tens more (README, Performance). Without compositing WebKit paints the page
//! directly, which on the processor is the faster way.
//!
//! So: with no GPU render node (`/dev/dri/renderD*`), the app turns compositing off before GTK
//! starts. A value staff set themselves for `WEBKIT_DISABLE_COMPOSITING_MODE` always wins
//! (`0` forces compositing on, for a driver the check misses).
//!
//! This file has no dependency beyond `std`, so that the empty benchmark app
//! (`benches/empty-app`) compiles the same rule and both are measured alike.

use std::ffi::OsStr;
use std::path::Path;

/// The variable WebKitGTK reads at start-up; any value but `0` turns compositing off.
pub const DISABLE_COMPOSITING: &str = "WEBKIT_DISABLE_COMPOSITING_MODE";

/// Whether compositing should be turned off: only where no one chose already and the machine
/// has no GPU to composite with.
pub fn compositing_off(already_set: Option<&OsStr>, has_gpu: bool) -> bool {
    already_set.is_none() && !has_gpu
}

/// Whether `dri` (normally `/dev/dri`) holds a render node, the device through which a
/// program draws with a GPU. A folder that cannot be read counts as no GPU.
pub fn has_render_node(dri: &Path) -> bool {
    std::fs::read_dir(dri).is_ok_and(|entries| {
        entries
            .filter_map(Result::ok)
            .any(|e| e.file_name().to_string_lossy().starts_with("renderD"))
    })
}

/// Applies the rule to this process. Call it first thing in `main`, before any thread starts
/// (it changes the environment) and before GTK reads it.
pub fn choose() {
    if !cfg!(target_os = "linux") {
        return;
    }
    let set = std::env::var_os(DISABLE_COMPOSITING);
    if compositing_off(set.as_deref(), has_render_node(Path::new("/dev/dri"))) {
        std::env::set_var(DISABLE_COMPOSITING, "1");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_machine_without_gpu_and_without_a_choice_turns_compositing_off() {
        assert!(compositing_off(None, false));
        assert!(!compositing_off(None, true));
        assert!(!compositing_off(Some(OsStr::new("0")), false));
        assert!(!compositing_off(Some(OsStr::new("1")), true));
    }

    #[test]
    fn a_render_node_is_a_gpu_a_card_alone_or_no_folder_is_not() {
        // Plain `std` here too (see the module's note), so no `tempfile`.
        let dir = std::env::temp_dir().join(format!("navigator-dri-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        assert!(!has_render_node(&dir));
        std::fs::create_dir_all(&dir).unwrap();
        assert!(!has_render_node(&dir));
        std::fs::write(dir.join("card0"), b"").unwrap();
        assert!(
            !has_render_node(&dir),
            "card0 alone is a display, not a render node"
        );
        std::fs::write(dir.join("renderD128"), b"").unwrap();
        assert!(has_render_node(&dir));
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
