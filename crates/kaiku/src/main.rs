use clap::Parser;

/// mimalloc instead of glibc malloc: under 32 concurrent users glibc's
/// per-thread arenas held twice the anonymous memory (322 MB against 164 MB
/// in docs/BENCHMARKS.md, "Allocator A/B"). Only the binary uses it; the
/// library and its tests keep the system allocator.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> anyhow::Result<()> {
    let cli = kaiku::cli::Cli::parse();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(kaiku::cli::run(cli))
}
