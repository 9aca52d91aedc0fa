//! Rebuild when the embedded policy pack or the application's messages change. `include_dir!`
//! embeds the files, but cargo only notices edits to files it has seen; a directory named here
//! is scanned whole, so new files count too.

fn main() {
    println!("cargo:rerun-if-changed=assets");
    println!("cargo:rerun-if-changed=locales");
}
