//! Message files and web assets are compiled into the binary by macros that cargo cannot see
//! through: tell it to rebuild when they change.
fn main() {
    for dir in [
        "assets/locales",
        "web/templates",
        "web/static",
        "migrations",
    ] {
        println!("cargo:rerun-if-changed={dir}");
    }
}
