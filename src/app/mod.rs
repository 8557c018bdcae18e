//! The application as a process: building and running the server with its background jobs,
//! logging, and the demo estate. The only layer that wires the others together.

pub mod demo;
mod demo_assemblies;
mod demo_boards;
mod demo_elections;
mod demo_rent;
pub mod jobs;
mod orphans;
pub mod startup;
pub mod telemetry;

pub use startup::Application;
