//! Configuration: defaults < `kaiku.toml` < `KAIKU_*` environment < command-line flags.

use std::path::{Path, PathBuf};

use anyhow::Context;
use serde::Deserialize;

/// The settings of a running Kaiku.
#[derive(Debug, Clone)]
pub struct Config {
    /// Address to listen on.
    pub listen: String,
    /// Where the SQLite database, uploaded files and the search index live.
    pub data_dir: PathBuf,
    /// `postgres://…` to use PostgreSQL; `None` for SQLite in the data directory.
    pub database_url: Option<String>,
    /// The URL people use to reach Kaiku (links in e-mail; `https://` makes cookies Secure).
    pub public_url: String,
    /// Trust `X-Forwarded-For` from a reverse proxy.
    pub trust_proxy: bool,
    /// `pretty` or `json` logs.
    pub log_format: String,
    /// SMTP used until administrators configure one in the settings.
    pub smtp: Option<SmtpConfig>,
    /// Token for remote Prometheus scrapers (`Authorization: Bearer …`).
    pub metrics_token: Option<String>,
}

/// `[smtp]` in `kaiku.toml`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmtpConfig {
    pub host: String,
    pub port: Option<u16>,
    /// `starttls` (default), `tls` or `none`.
    pub security: Option<String>,
    pub username: Option<String>,
    pub password: Option<String>,
    pub from: String,
}

/// The shape of `kaiku.toml`; every key optional.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FileConfig {
    pub listen: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub database_url: Option<String>,
    pub public_url: Option<String>,
    pub trust_proxy: Option<bool>,
    pub log_format: Option<String>,
    pub smtp: Option<SmtpConfig>,
    pub metrics_token: Option<String>,
}

/// Values from flags or environment (clap merges those two, flags first).
#[derive(Debug, Default, Clone)]
pub struct Overrides {
    pub config: Option<PathBuf>,
    pub listen: Option<String>,
    pub data_dir: Option<PathBuf>,
    pub database_url: Option<String>,
    pub public_url: Option<String>,
    pub trust_proxy: Option<bool>,
    pub log_format: Option<String>,
    pub metrics_token: Option<String>,
}

impl Config {
    /// Resolves the configuration. An explicitly named config file must exist;
    /// `./kaiku.toml` is read when present.
    pub fn resolve(o: Overrides) -> anyhow::Result<Config> {
        let file = match &o.config {
            Some(path) => read_file(path)?,
            None if Path::new("kaiku.toml").exists() => read_file(Path::new("kaiku.toml"))?,
            None => FileConfig::default(),
        };
        let listen = o
            .listen
            .or(file.listen)
            .unwrap_or_else(|| "127.0.0.1:8080".to_owned());
        let public_url = o
            .public_url
            .or(file.public_url)
            .unwrap_or_else(|| format!("http://{listen}"));
        let log_format = o
            .log_format
            .or(file.log_format)
            .unwrap_or_else(|| "pretty".into());
        if !matches!(log_format.as_str(), "pretty" | "json") {
            anyhow::bail!("log_format must be \"pretty\" or \"json\", not {log_format:?}");
        }
        Ok(Config {
            data_dir: o
                .data_dir
                .or(file.data_dir)
                .unwrap_or_else(|| PathBuf::from("kaiku-data")),
            database_url: o
                .database_url
                .or(file.database_url)
                .filter(|u| !u.is_empty()),
            trust_proxy: o.trust_proxy.or(file.trust_proxy).unwrap_or(false),
            smtp: file.smtp,
            metrics_token: o
                .metrics_token
                .or(file.metrics_token)
                .filter(|t| !t.is_empty()),
            listen,
            public_url,
            log_format,
        })
    }

    /// The database URL in force: the configured one, or the SQLite file in the data
    /// directory.
    pub fn database_url(&self) -> String {
        match &self.database_url {
            Some(u) => u.clone(),
            None => format!("sqlite://{}", self.data_dir.join("kaiku.db").display()),
        }
    }
}

fn read_file(path: &Path) -> anyhow::Result<FileConfig> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading configuration file {}", path.display()))?;
    toml::from_str(&text).with_context(|| format!("parsing {}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flags_and_environment_override_the_file_which_overrides_defaults() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("kaiku.toml");
        std::fs::write(
            &path,
            "listen = \"0.0.0.0:9000\"\ndata_dir = \"/srv/kaiku\"\npublic_url = \"https://intra.example.fi\"\n",
        )
        .unwrap_or_else(|e| panic!("{e}"));
        let c = Config::resolve(Overrides {
            config: Some(path.clone()),
            listen: Some("127.0.0.1:7000".into()),
            ..Overrides::default()
        })
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(c.listen, "127.0.0.1:7000");
        assert_eq!(c.data_dir, PathBuf::from("/srv/kaiku"));
        assert_eq!(c.public_url, "https://intra.example.fi");
        assert_eq!(c.database_url(), "sqlite:///srv/kaiku/kaiku.db");

        let d = Config::resolve(Overrides::default()).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(d.listen, "127.0.0.1:8080");
        assert_eq!(d.public_url, "http://127.0.0.1:8080");
        assert_eq!(d.data_dir, PathBuf::from("kaiku-data"));
    }

    #[test]
    fn unknown_keys_in_the_file_are_refused() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("kaiku.toml");
        std::fs::write(&path, "listn = \"x\"\n").unwrap_or_else(|e| panic!("{e}"));
        assert!(
            Config::resolve(Overrides {
                config: Some(path),
                ..Overrides::default()
            })
            .is_err()
        );
    }
}
