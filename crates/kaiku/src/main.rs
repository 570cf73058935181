use clap::Parser;

fn main() -> anyhow::Result<()> {
    let cli = kaiku::cli::Cli::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(kaiku::cli::run(cli))
}
