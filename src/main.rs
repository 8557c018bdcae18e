//! The `portineria` command: serve the portal, migrate, seed the demo, import places, manage users.

use std::io::BufRead;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use portineria::app::{demo, telemetry, Application};
use portineria::audit::{self, AuditAction, Auditor};
use portineria::auth::api_keys::{self, Issuer};
use portineria::core::backup;
use portineria::core::config::{Config, DatabaseUrl};
use portineria::core::db;
use portineria::people::{self, password, Grant, NewUser, Role};
use portineria::places::import::{self, ImportError};
use portineria::rent;

/// mimalloc rather than glibc's malloc, which spent a third of a busy page's CPU (see
/// benches/pages.sh).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "portineria",
    version,
    about = "The digital porter's lodge of a public-housing estate"
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the portal (the default).
    Serve {
        /// Fill the database with the demo estate and accounts (password `demo`).
        #[arg(long)]
        demo: bool,
    },
    /// Apply pending database migrations.
    Migrate,
    /// Create the demo estate and accounts (idempotent).
    SeedDemo,
    /// Import estates, buildings, stairs and units from a CSV file (see assets/places-example.csv).
    Import { file: std::path::PathBuf },
    /// Copy the database and the photos into an empty folder, while the portal serves
    /// (SQLite; for PostgreSQL see the README).
    Backup { dir: std::path::PathBuf },
    /// Bring a backup back, with the portal stopped; then apply any newer migrations.
    Restore {
        dir: std::path::PathBuf,
        /// Overwrite an existing database.
        #[arg(long)]
        replace: bool,
    },
    /// Manage accounts and roles.
    User {
        #[command(subcommand)]
        command: UserCommand,
    },
    /// Manage the keys other systems use for Open311 (also on the admin page).
    ApiKey {
        #[command(subcommand)]
        command: ApiKeyCommand,
    },
    /// Rent accounts.
    Rent {
        #[command(subcommand)]
        command: RentCommand,
    },
}

#[derive(Subcommand)]
enum RentCommand {
    /// Import a landlord's charges and payments from its rent system (the rent import CSV of
    /// DESIGN.md): all or nothing, for that landlord's flats only; the same file twice changes
    /// nothing.
    Import {
        file: std::path::PathBuf,
        /// The landlord's organisation code, e.g. aler-milano.
        #[arg(long)]
        organisation: String,
    },
}

#[derive(Subcommand)]
enum ApiKeyCommand {
    /// Issue a key for an organisation and print it (once: only its hash is kept).
    Create {
        #[arg(long)]
        name: String,
        /// The organisation's code, e.g. aler-milano.
        #[arg(long)]
        organisation: String,
        /// The key may read but not file reports.
        #[arg(long)]
        read_only: bool,
    },
    /// List the keys, with their use in the last 24 hours.
    List,
    /// Revoke a key by its number (see `list`).
    Revoke { id: i32 },
}

#[derive(Subcommand)]
enum UserCommand {
    /// Add an account. The password, if any, is read from standard input.
    Add {
        #[arg(long)]
        name: String,
        #[arg(long)]
        email: Option<String>,
        #[arg(long)]
        username: Option<String>,
        /// A mobile number (`+39…`, or an Italian one without it); counts as verified.
        #[arg(long)]
        phone: Option<String>,
        #[arg(long, default_value = "it")]
        locale: String,
        /// Read a password from the first line of standard input.
        #[arg(long)]
        password_stdin: bool,
    },
    /// Grant a role. The scope is a unit code, BUILDING/STAIR, a building, estate or
    /// organisation code, depending on the role; admins have none.
    Grant {
        /// E-mail, username or mobile number.
        login: String,
        role: String,
        scope: Option<String>,
    },
    /// Take a role away (takes effect at the person's next request).
    Revoke {
        login: String,
        role: String,
        scope: Option<String>,
    },
}

fn main() -> ExitCode {
    telemetry::init();
    let cli = Cli::parse();
    let result = match cli.command.unwrap_or(Command::Serve { demo: false }) {
        Command::Serve { demo } => serve(demo),
        Command::Migrate => with_db(|_| {
            println!("migrations applied");
            Ok(())
        }),
        Command::SeedDemo => with_db(|pool| {
            let mut conn = pool.get()?;
            demo::seed(&mut conn)?;
            println!("demo estate ready");
            Ok(())
        }),
        Command::Import { file } => with_db(|pool| import_file(pool, &file)),
        Command::Backup { dir } => with_db(|pool| backup_into(pool, &dir)),
        Command::Restore { dir, replace } => restore_from(&dir, replace),
        Command::User { command } => with_db(|pool| user(pool, command)),
        Command::Rent {
            command: RentCommand::Import { file, organisation },
        } => with_db(|pool| import_rent(pool, &file, &organisation)),
        Command::ApiKey { command } => with_db(|pool| api_key(pool, command)),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

fn serve(demo: bool) -> anyhow::Result<()> {
    let config = Config::from_env(demo)?;
    actix_web::rt::System::new().block_on(async move {
        let app = Application::build(config).await?;
        app.run_until_stopped().await
    })
}

fn with_db(work: impl FnOnce(&db::Pool) -> anyhow::Result<()>) -> anyhow::Result<()> {
    let pool = db::connect(&DatabaseUrl::from_env()?)?;
    db::migrate(&pool)?;
    work(&pool)
}

fn backup_into(pool: &db::Pool, dir: &std::path::Path) -> anyhow::Result<()> {
    let mut conn = pool.get()?;
    let copied = backup::backup(&mut conn, &Config::data_dir_from_env(), dir)?;
    println!(
        "backed up into {}: database {} bytes, {} photos",
        dir.display(),
        copied.database_bytes,
        copied.photos
    );
    if let Some(bucket) = Config::storage_from_env().url {
        // The bucket is not copied: it is the store's to keep (versioning, replication).
        println!("photos are kept in {bucket}: back the bucket up with its own tools");
    }
    Ok(())
}

/// Restores, then migrates: a backup made by an older release is brought forward.
fn restore_from(dir: &std::path::Path, replace: bool) -> anyhow::Result<()> {
    let url = DatabaseUrl::from_env()?;
    let copied = backup::restore(dir, &url, &Config::data_dir_from_env(), replace)?;
    println!(
        "restored from {}: database {} bytes, {} photos",
        dir.display(),
        copied.database_bytes,
        copied.photos
    );
    with_db(|_| Ok(()))
}

fn import_file(pool: &db::Pool, file: &std::path::Path) -> anyhow::Result<()> {
    let input = std::fs::File::open(file)?;
    let mut conn = pool.get()?;
    match import::import_csv(&mut conn, input, Some(Auditor::CommandLine)) {
        Ok(summary) => {
            println!(
                "{} rows read, {} new units",
                summary.rows, summary.units_created
            );
            Ok(())
        }
        Err(ImportError::Rows(rows)) => {
            for row in &rows {
                eprintln!("line {}: {}", row.line, row.problem);
            }
            anyhow::bail!(
                "{} problem(s) in {}; nothing was imported",
                rows.len(),
                file.display()
            )
        }
        Err(e) => Err(e.into()),
    }
}

fn import_rent(pool: &db::Pool, file: &std::path::Path, organisation: &str) -> anyhow::Result<()> {
    let input = std::io::BufReader::new(std::fs::File::open(file)?);
    let mut conn = pool.get()?;
    let organisation = rent::import::organisation(&mut conn, organisation).map_err(describe)?;
    match rent::import::import(&mut conn, organisation, input, Auditor::CommandLine)
        .map_err(describe)?
    {
        Ok(done) => {
            println!(
                "{} lines: {} charges added, {} changed, {} payments added",
                done.lines, done.charges_added, done.charges_changed, done.payments_added
            );
            Ok(())
        }
        Err(problems) => {
            for p in &problems {
                eprintln!("line {}: {}", p.line, p.problem.localize(english()));
            }
            anyhow::bail!(
                "{} problem(s) in {}; nothing was imported",
                problems.len(),
                file.display()
            )
        }
    }
}

fn user(pool: &db::Pool, command: UserCommand) -> anyhow::Result<()> {
    let mut conn = pool.get()?;
    match command {
        UserCommand::Add {
            name,
            email,
            username,
            phone,
            locale,
            password_stdin,
        } => {
            let email = email
                .map(|e| people::parse_email(&e))
                .transpose()
                .map_err(describe)?;
            let username = username
                .map(|u| people::parse_username(&u))
                .transpose()
                .map_err(describe)?;
            let phone = phone
                .map(|p| people::Phone::parse(&p))
                .transpose()
                .map_err(describe)?;
            anyhow::ensure!(
                email.is_some() || username.is_some() || phone.is_some(),
                "give --email, --username or --phone"
            );
            let hash = if password_stdin {
                let mut line = String::new();
                std::io::stdin().lock().read_line(&mut line)?;
                let password = line.trim_end_matches(['\r', '\n']);
                password::check_new(password).map_err(describe)?;
                Some(password::hash(password).map_err(describe)?)
            } else {
                None
            };
            let user = people::create(
                &mut conn,
                &NewUser {
                    name: &people::parse_name(&name).map_err(describe)?,
                    email: email.as_deref(),
                    username: username.as_deref(),
                    password_hash: hash.as_deref(),
                    locale: &locale,
                    created_at: chrono::Utc::now().naive_utc(),
                    phone: phone.as_ref().map(people::Phone::as_str),
                    phone_verified_at: phone.as_ref().map(|_| chrono::Utc::now().naive_utc()),
                },
            )
            .map_err(describe)?;
            println!("user {} created", user.id);
        }
        UserCommand::Grant { login, role, scope } => {
            let (user, grant) = resolve_grant(&mut conn, &login, &role, scope.as_deref())?;
            db::transaction(&mut conn, |conn| -> anyhow::Result<()> {
                people::grant(conn, user, grant, None)?;
                let details = grant.audit_details(user);
                audit::record(
                    conn,
                    Auditor::CommandLine,
                    AuditAction::RoleGranted,
                    details,
                )?;
                Ok(())
            })?;
            println!("granted");
        }
        UserCommand::Revoke { login, role, scope } => {
            let (user, grant) = resolve_grant(&mut conn, &login, &role, scope.as_deref())?;
            db::transaction(&mut conn, |conn| -> anyhow::Result<()> {
                let removed = people::revoke(conn, user, grant)?;
                anyhow::ensure!(removed > 0, "that role was not granted");
                let details = grant.audit_details(user);
                audit::record(
                    conn,
                    Auditor::CommandLine,
                    AuditAction::RoleRevoked,
                    details,
                )?;
                Ok(())
            })?;
            println!("revoked");
        }
    }
    Ok(())
}

fn api_key(pool: &db::Pool, command: ApiKeyCommand) -> anyhow::Result<()> {
    let mut conn = pool.get()?;
    let locale = english();
    match command {
        ApiKeyCommand::Create {
            name,
            organisation,
            read_only,
        } => {
            let new = api_keys::NewKey {
                name,
                organisation_code: organisation,
                can_write: !read_only,
            };
            let (key, secret) =
                api_keys::create(&mut conn, Issuer::Console, &new).map_err(describe)?;
            eprintln!("key {} issued; it is shown this once:", key.id);
            println!("{secret}");
        }
        ApiKeyCommand::List => {
            for key in api_keys::list(&mut conn, Issuer::Console, locale).map_err(describe)? {
                println!(
                    "{}\t{}\t{}\t{}\tissued {}\t{} uses in 24 h{}",
                    key.id,
                    key.name,
                    key.organisation,
                    if key.can_write { "read+write" } else { "read" },
                    key.created,
                    key.uses_today,
                    key.revoked
                        .map(|at| format!("\trevoked {at}"))
                        .unwrap_or_default()
                );
            }
        }
        ApiKeyCommand::Revoke { id } => {
            api_keys::revoke(&mut conn, Issuer::Console, id).map_err(describe)?;
            println!("revoked");
        }
    }
    Ok(())
}

fn english() -> portineria::i18n::Locale {
    portineria::i18n::Locale::from_code("en").unwrap_or(portineria::i18n::Locale::DEFAULT)
}

fn describe(e: portineria::core::error::AppError) -> anyhow::Error {
    let text = e.message().localize(english());
    anyhow::anyhow!(text)
}

fn resolve_grant(
    conn: &mut db::DbConnection,
    login: &str,
    role: &str,
    scope: Option<&str>,
) -> anyhow::Result<(i32, Grant)> {
    let user =
        people::find_by_login(conn, login)?.ok_or_else(|| anyhow::anyhow!("no account {login}"))?;
    let role = Role::parse(role).ok_or_else(|| {
        let codes: Vec<_> = Role::ALL.iter().map(|r| r.code()).collect();
        anyhow::anyhow!("unknown role {role}; one of {}", codes.join(", "))
    })?;
    let scope_id = match (role.scope_type(), scope) {
        (None, None) => None,
        (None, Some(_)) => anyhow::bail!("{} takes no scope", role.code()),
        (Some(kind), None) => anyhow::bail!("{} needs a {} scope", role.code(), kind.code()),
        (Some(kind), Some(code)) => Some(
            portineria::places::scope_id_by_code(conn, kind, code)?
                .ok_or_else(|| anyhow::anyhow!("no {} with code {code}", kind.code()))?,
        ),
    };
    Ok((user.id, Grant::new(role, scope_id)))
}
