use crate::helpers::{spawn_app, texts};

fn admin_totals(html: &str) -> Vec<String> {
    texts(html, "#installation + dl dd")
}

#[tokio::test]
async fn a_malformed_csv_is_reported_by_line_and_nothing_is_imported() {
    let app = spawn_app().await;
    app.sign_in_ok("admin@demo.test").await;
    let before = admin_totals(&app.page("/").await.1);
    let file = app.data_dir.with_file_name("bad.csv");
    let good = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/assets/places-example.csv"
    ))
    .unwrap();
    let mut lines: Vec<&str> = good.lines().collect();
    lines[3] = "MI-SS,Quartiere San Siro,Milano,SS-ZAN3,Caseggiato Zanoia 3,\"Via Zanoia 3\",aler-milano,ALER Milano,landlord,A,Scala A,ZAN3-A-11,1,11";
    lines.push("MI-SS,Quartiere San Siro,Milano");
    std::fs::write(&file, lines.join("\n")).unwrap();
    let out = app.cli(&["import", file.to_str().unwrap()]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("line 4: owner_kind \"landlord\""),
        "{stderr}"
    );
    assert!(stderr.contains("line 10:"), "{stderr}");
    assert!(stderr.contains("nothing was imported"), "{stderr}");
    assert_eq!(
        admin_totals(&app.page("/").await.1),
        before,
        "nothing written"
    );

    let out = app.cli(&[
        "import",
        concat!(env!("CARGO_MANIFEST_DIR"), "/assets/places-example.csv"),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "8 rows read, 8 new units"
    );
    let after = admin_totals(&app.page("/").await.1);
    assert_eq!(after[1], "2", "a second estate");
    assert_eq!(after[4], "316", "308 demo units and 8 imported");
    // Importing again changes nothing.
    let out = app.cli(&[
        "import",
        concat!(env!("CARGO_MANIFEST_DIR"), "/assets/places-example.csv"),
    ]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout).trim(),
        "8 rows read, 0 new units"
    );
}

#[tokio::test]
async fn users_are_added_and_granted_from_the_command_line() {
    let app = spawn_app().await;
    let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_portineria"))
        .args([
            "user",
            "add",
            "--name",
            "Rosa Bianchi",
            "--email",
            "rosa@example.org",
        ])
        .arg("--password-stdin")
        .env("DATABASE_URL", &app.database_url)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"rose e viole\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = app.cli(&[
        "user",
        "grant",
        "rosa@example.org",
        "building_delegate",
        "MOZ5",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    app.sign_in("rosa@example.org", "rose e viole").await;
    let (_, home) = app.page("/").await;
    assert!(
        texts(&home, "main")
            .join(" ")
            .contains("Sei referente del caseggiato"),
        "{home}"
    );

    let out = app.cli(&["user", "grant", "rosa@example.org", "janitor"]);
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown role janitor"));
    let out = app.cli(&[
        "user",
        "grant",
        "rosa@example.org",
        "tenant",
        "NO-SUCH-UNIT",
    ]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("no unit with code NO-SUCH-UNIT"));
    let out = app.cli(&[
        "user",
        "add",
        "--name",
        "Dup",
        "--email",
        "rosa@example.org",
    ]);
    assert!(!out.status.success());
}

#[test]
fn serving_without_a_secret_is_refused_outside_the_demo() {
    let dir = tempfile::tempdir().unwrap();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_portineria"))
        .args(["serve"])
        .env(
            "DATABASE_URL",
            format!("sqlite://{}/db.sqlite", dir.path().display()),
        )
        .env_remove("PORTINERIA_SECRET")
        .env("PORTINERIA_BIND", "127.0.0.1:0")
        .output()
        .unwrap();
    assert!(!out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("PORTINERIA_SECRET is required"));
}

/// A typo in the auto-close delay must not silently close tenants' reports at once (or never):
/// the portal refuses to start, like with a weak secret.
#[test]
fn a_bad_autoclose_delay_is_refused_at_start() {
    let dir = tempfile::tempdir().unwrap();
    for bad in ["quattordici", "0", "-3", "14.5"] {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_portineria"))
            .args(["serve", "--demo"])
            .env(
                "DATABASE_URL",
                format!("sqlite://{}/db.sqlite", dir.path().display()),
            )
            .env("PORTINERIA_AUTOCLOSE_DAYS", bad)
            .env("PORTINERIA_BIND", "127.0.0.1:0")
            .output()
            .unwrap();
        assert!(!out.status.success(), "{bad} was accepted");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("PORTINERIA_AUTOCLOSE_DAYS"),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[tokio::test]
async fn seeding_the_demo_twice_changes_nothing() {
    let app = spawn_app().await;
    let out = app.cli(&["seed-demo"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    app.sign_in_ok("admin@demo.test").await;
    let totals = admin_totals(&app.page("/").await.1);
    assert_eq!(totals, vec!["2", "1", "4", "11", "308", "12"]);
}
