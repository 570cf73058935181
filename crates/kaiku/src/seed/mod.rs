//! `kaiku seed`: a realistic organisation, generated deterministically from a
//! seed: companies and departments, people with titles, skills, languages and
//! managers, spaces of every visibility with power-law membership, partner
//! guests, and a year of posts, comments, reactions, mentions and topics in
//! five languages. Loaded in bulk, so a million posts take minutes.

mod rng;
pub(crate) mod vocab;

use std::collections::HashSet;
use std::time::Instant;

use anyhow::{Context, bail};
use kaiku_domain::seed::{SeedComment, SeedPerson, SeedPost, SeedSpace, SeedUnit, SeedWikiPage};
use kaiku_domain::{Lang, Services, Viewer};

use rng::{Rng, zipf_weights};
use vocab::{COMMON_SKILLS, Culture, SPACE_NAMES, TOPICS, WIKI_PAGES};

/// What to generate.
#[derive(Debug, Clone)]
pub struct SeedOptions {
    pub rng_seed: u64,
    pub users: usize,
    pub spaces: usize,
    pub posts: usize,
    pub comments: usize,
    /// The password every generated account shares.
    pub password: String,
}

impl SeedOptions {
    /// A small, lively organisation to click around in.
    pub fn demo() -> Self {
        SeedOptions {
            rng_seed: 2026,
            users: 80,
            spaces: 14,
            posts: 600,
            comments: 1800,
            password: "kaiku-demo-2026".to_owned(),
        }
    }
}

/// What was generated, and how long it took.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct SeedReport {
    pub people: usize,
    pub guests: usize,
    pub units: usize,
    pub spaces: usize,
    pub memberships: usize,
    pub posts: usize,
    pub comments: usize,
    pub reactions: usize,
    pub wiki_pages: usize,
    pub seconds: f64,
    /// A few accounts to sign in with: `(e-mail, name, role)`.
    pub accounts: Vec<(String, String, String)>,
}

const DAY: i64 = 86_400_000;
const REACTIONS: [&str; 5] = ["like", "thanks", "celebrate", "insightful", "funny"];
/// Posts (with their comments and reactions) per transaction.
const BATCH: usize = 5_000;

/// An e-mail local part from a name: lower case ASCII, letters folded.
fn ascii(s: &str) -> String {
    s.to_lowercase()
        .chars()
        .filter_map(|c| match c {
            'ä' | 'å' | 'á' | 'à' => Some('a'),
            'ö' | 'õ' | 'ø' | 'ó' => Some('o'),
            'ü' | 'ú' => Some('u'),
            'é' | 'è' => Some('e'),
            'š' => Some('s'),
            'ž' => Some('z'),
            c if c.is_ascii_alphanumeric() => Some(c),
            _ => None,
        })
        .collect()
}

struct Person {
    id: String,
    email: String,
    name: String,
    culture: Culture,
    guest: bool,
}

/// Generates and loads the organisation into an empty database.
pub async fn run(services: &Services, o: &SeedOptions) -> anyhow::Result<SeedReport> {
    let started = Instant::now();
    let w = services
        .seed_writer(&Viewer::system())
        .map_err(|e| anyhow::anyhow!("{e}"))?;
    if !w.is_empty().await.map_err(|e| anyhow::anyhow!("{e}"))? {
        bail!(
            "the database already holds people: seed an empty one (a new --data-dir or database)"
        );
    }
    let err = |e: kaiku_domain::DomainError| anyhow::anyhow!("{e}");
    let mut r = Rng::new(o.rng_seed);
    let now = services.now_ms();
    let mut report = SeedReport::default();
    w.organisation("Revontuli", Lang::Fi).await.map_err(err)?;
    w.unit_kinds().await.map_err(err)?;
    let hash = w.password_hash(&o.password).await.map_err(err)?;

    // The organisation: a group, a company per office, departments, teams.
    let users = o.users.max(2);
    let mix_total: u32 = Culture::MIX.iter().map(|(_, n)| n).sum();
    let mut units = vec![SeedUnit {
        id: r.id(),
        parent_id: None,
        kind_id: "group".into(),
        name: "Revontuli-konserni".into(),
        sort_key: "revontuli".into(),
        now,
    }];
    let group_id = units[0].id.clone();
    // Per culture: the units people of it are placed in.
    let mut homes: Vec<(Culture, Vec<String>)> = Vec::new();
    for (culture, _) in Culture::MIX {
        let company = SeedUnit {
            id: r.id(),
            parent_id: Some(group_id.clone()),
            kind_id: "company".into(),
            name: culture.company().into(),
            sort_key: culture.company().to_lowercase(),
            now,
        };
        let mut places = Vec::new();
        let depts: Vec<&str> = culture.departments().to_vec();
        let company_id = company.id.clone();
        units.push(company);
        for d in depts {
            let dept = SeedUnit {
                id: r.id(),
                parent_id: Some(company_id.clone()),
                kind_id: "department".into(),
                name: d.into(),
                sort_key: d.to_lowercase(),
                now,
            };
            places.push(dept.id.clone());
            let dept_id = dept.id.clone();
            units.push(dept);
            // Bigger organisations have teams inside departments.
            if users > 300 {
                for t in ["A", "B"] {
                    let team = SeedUnit {
                        id: r.id(),
                        parent_id: Some(dept_id.clone()),
                        kind_id: "team".into(),
                        name: format!("{d}, tiimi {t}"),
                        sort_key: format!("{} {t}", d.to_lowercase()),
                        now,
                    };
                    places.push(team.id.clone());
                    units.push(team);
                }
            }
        }
        homes.push((culture, places));
    }
    w.units(&units).await.map_err(err)?;
    report.units = units.len();
    let parent_of = |id: &str| {
        units
            .iter()
            .find(|u| u.id == id)
            .and_then(|u| u.parent_id.clone())
    };

    // People.
    let mut people: Vec<Person> = Vec::with_capacity(users);
    let mut seeds: Vec<SeedPerson> = Vec::with_capacity(users);
    let mut emails = HashSet::new();
    let mut leads: Vec<(String, String)> = Vec::new();
    for i in 0..users {
        let mut pick = r.below(usize::try_from(mix_total).unwrap_or(100));
        let mut culture = Culture::Fi;
        for (c, n) in Culture::MIX {
            let n = usize::try_from(n).unwrap_or(0);
            if pick < n {
                culture = c;
                break;
            }
            pick -= n;
        }
        let guest = i > 2 && (r.chance(0.02) || i % 40 == 7);
        let (first, last) = if i == 0 {
            ("Aino", "Admin")
        } else {
            (
                *r.pick(culture.first_names()),
                *r.pick(culture.last_names()),
            )
        };
        let name = format!("{first} {last}");
        let domain = if guest {
            "kumppani.example"
        } else {
            "revontuli.example"
        };
        let mut email = format!("{}.{}@{domain}", ascii(first), ascii(last));
        let mut n = 2;
        while !emails.insert(email.clone()) {
            email = format!("{}.{}{n}@{domain}", ascii(first), ascii(last));
            n += 1;
        }
        let id = r.id();
        let role = if i == 0 {
            "admin"
        } else if guest {
            "guest"
        } else {
            "member"
        };
        let mut p = SeedPerson {
            id: id.clone(),
            email: email.clone(),
            display_name: name.clone(),
            role: role.into(),
            locale: (i % 3 == 0).then(|| culture.code().to_owned()),
            created_at: now - DAY * i64::try_from(30 + r.below(1500)).unwrap_or(30),
            last_active_at: Some(now - DAY * i64::try_from(r.below(60)).unwrap_or(0)),
            ..SeedPerson::default()
        };
        if !guest {
            let places = homes
                .iter()
                .find(|(c, _)| *c == culture)
                .map(|(_, p)| p.clone())
                .unwrap_or_default();
            let unit = places[i % places.len().max(1)].clone();
            // The first person placed in a unit leads it and reports to the
            // lead above; everyone else reports to their unit's lead.
            match leads.iter().find(|(u, _)| *u == unit) {
                Some((_, lead)) => p.manager_id = Some(lead.clone()),
                None => {
                    let mut up = parent_of(&unit);
                    while let Some(u) = up.clone() {
                        if let Some((_, l)) = leads.iter().find(|(x, _)| *x == u) {
                            p.manager_id = Some(l.clone());
                            break;
                        }
                        up = parent_of(&u);
                    }
                    leads.push((unit.clone(), id.clone()));
                }
            }
            p.unit_id = Some(unit);
            p.title = Some((*r.pick(culture.titles())).to_owned());
            p.location = Some((*r.pick(culture.places())).to_owned());
            p.phone_mobile = Some(format!(
                "{} {:03} {:04}",
                culture.phone_prefix(),
                r.below(1000),
                r.below(10_000)
            ));
            if r.chance(0.5) {
                p.phone_work = Some(format!("{} {:04}", culture.phone_prefix(), r.below(10_000)));
            }
            p.start_date = Some(format!(
                "{}-{:02}-{:02}",
                2008 + r.below(18),
                1 + r.below(12),
                1 + r.below(28)
            ));
            let mut skills: Vec<(String, Option<i64>)> = Vec::new();
            for _ in 0..(2 + r.below(5)) {
                let s = if r.chance(0.5) {
                    *r.pick(&COMMON_SKILLS)
                } else {
                    *r.pick(culture.skills())
                };
                if !skills.iter().any(|(x, _)| x == s) {
                    let level = if r.chance(0.7) {
                        Some(i64::try_from(1 + r.below(3)).unwrap_or(1))
                    } else {
                        None
                    };
                    skills.push((s.to_owned(), level));
                }
            }
            p.skills = skills;
            let mut langs = vec![(culture.code().to_owned(), "native".to_owned())];
            if culture != Culture::En {
                langs.push((
                    "en".into(),
                    (*r.pick(&["fluent", "good", "good", "basic"])).into(),
                ));
            }
            if r.chance(0.3) {
                let other = *r.pick(&["fi", "sv", "de", "et", "ru", "fr", "nl", "es"]);
                if !langs.iter().any(|(c, _)| c == other) {
                    langs.push((other.into(), (*r.pick(&["good", "basic"])).into()));
                }
            }
            p.languages = langs;
            if r.chance(0.3) {
                p.bio = format!(
                    "Työskentelen {} -tiimissä. Kysy minulta **{}**-asioista!",
                    p.title.clone().unwrap_or_default(),
                    p.skills.first().map(|s| s.0.clone()).unwrap_or_default()
                );
            }
        }
        people.push(Person {
            id,
            email,
            name,
            culture,
            guest,
        });
        seeds.push(p);
        if seeds.len() == 2_000 {
            w.people(&seeds, &hash).await.map_err(err)?;
            seeds.clear();
        }
    }
    w.people(&seeds, &hash).await.map_err(err)?;
    w.unit_leads(&leads).await.map_err(err)?;
    report.people = people.len();
    report.guests = people.iter().filter(|p| p.guest).count();

    // Spaces, with power-law sizes: a few big ones, many small.
    let n_spaces = o.spaces.max(1);
    let mut spaces = Vec::with_capacity(n_spaces);
    let mut members: Vec<Vec<usize>> = Vec::with_capacity(n_spaces);
    let mut rows: Vec<(String, String, &'static str, i64)> = Vec::new();
    let insiders: Vec<usize> = (0..people.len()).filter(|i| !people[*i].guest).collect();
    let guests: Vec<usize> = (0..people.len()).filter(|i| people[*i].guest).collect();
    let mut belongs = vec![0usize; people.len()];
    for k in 0..n_spaces {
        let base = SPACE_NAMES[k % SPACE_NAMES.len()];
        let name = if k < SPACE_NAMES.len() {
            base.to_owned()
        } else {
            format!("{base} {}", k / SPACE_NAMES.len() + 1)
        };
        let visibility = match k % 10 {
            5 => "secret",
            2 | 7 | 9 => "private",
            _ => "public",
        };
        let partner = visibility == "private" && k % 4 == 2;
        let size = ((insiders.len() as f64 * 0.9) / ((k + 1) as f64).sqrt()).round() as usize;
        let size = size.clamp(3.min(insiders.len()), insiders.len());
        let mut chosen = HashSet::new();
        while chosen.len() < size {
            chosen.insert(insiders[r.below(insiders.len())]);
        }
        let mut list: Vec<usize> = chosen.into_iter().collect();
        list.sort_unstable();
        if partner && !guests.is_empty() {
            for _ in 0..(1 + r.below(4)) {
                let g = guests[r.below(guests.len())];
                if !list.contains(&g) {
                    list.push(g);
                }
            }
        }
        let id = r.id();
        let slug = {
            let s: String = name
                .to_lowercase()
                .chars()
                .map(|c| match c {
                    'ä' | 'å' => 'a',
                    'ö' | 'õ' => 'o',
                    'ü' => 'u',
                    c if c.is_ascii_alphanumeric() => c,
                    _ => '-',
                })
                .collect();
            let s = s
                .split('-')
                .filter(|p| !p.is_empty())
                .collect::<Vec<_>>()
                .join("-");
            if visibility == "secret" {
                format!("{s}-{}", &id[..8])
            } else {
                s
            }
        };
        let created = now - 400 * DAY;
        let owner = list[0];
        for (j, m) in list.iter().enumerate() {
            let role = match j {
                0 => "owner",
                1 if !people[*m].guest => "moderator",
                _ => "member",
            };
            rows.push((id.clone(), people[*m].id.clone(), role, created));
            belongs[*m] += 1;
        }
        spaces.push(SeedSpace {
            id,
            slug,
            name,
            description: format!("{base}: keskustelut, tiedotteet ja tiedostot."),
            visibility: visibility.to_owned(),
            guests_allowed: partner,
            created_by: people[owner].id.clone(),
            created_at: created,
        });
        members.push(list);
    }
    // Everyone on the staff belongs to a couple of spaces at least.
    let open: Vec<usize> = (0..n_spaces)
        .filter(|k| spaces[*k].visibility == "public")
        .collect();
    for i in insiders.iter().copied() {
        while belongs[i] < 2 && !open.is_empty() {
            let k = open[r.below(open.len())];
            if members[k].contains(&i) {
                if members[k].len() >= insiders.len() {
                    break;
                }
                continue;
            }
            members[k].push(i);
            rows.push((
                spaces[k].id.clone(),
                people[i].id.clone(),
                "member",
                now - 300 * DAY,
            ));
            belongs[i] += 1;
        }
    }
    w.spaces(&spaces).await.map_err(err)?;
    w.members(&rows).await.map_err(err)?;
    report.spaces = spaces.len();
    report.memberships = rows.len();
    drop(rows);

    // Each space's handbook, written by its owner.
    let mut pages: Vec<SeedWikiPage> = Vec::new();
    for (space_name, title, parent, body) in WIKI_PAGES {
        let Some(k) = spaces.iter().position(|s| s.name == *space_name) else {
            continue;
        };
        let parent_id = parent.and_then(|t| {
            pages
                .iter()
                .find(|p| p.space_id == spaces[k].id && p.title == t)
                .map(|p| p.id.clone())
        });
        pages.push(SeedWikiPage {
            id: r.id(),
            space_id: spaces[k].id.clone(),
            parent_id,
            title: (*title).to_owned(),
            body: (*body).to_owned(),
            author_id: people[members[k][0]].id.clone(),
            created_at: now - 200 * DAY + i64::try_from(pages.len()).unwrap_or(0) * DAY,
        });
    }
    w.wiki_pages(&pages).await.map_err(err)?;
    report.wiki_pages = pages.len();
    drop(pages);

    // A year of posts, comments and reactions, oldest first.
    let weights = zipf_weights(n_spaces, 0.8);
    let per_post = o.comments as f64 / o.posts.max(1) as f64;
    let span = 365 * DAY;
    let start = now - span;
    let step = span / i64::try_from(o.posts.max(1)).unwrap_or(1);
    let mut posts = Vec::with_capacity(BATCH);
    let mut comments: Vec<SeedComment> = Vec::new();
    let mut reactions: Vec<(String, String, &'static str, i64)> = Vec::new();
    let loaded = Instant::now();
    for n in 0..o.posts {
        let created = start
            + step * i64::try_from(n).unwrap_or(0)
            + i64::try_from(r.below(60_000)).unwrap_or(0);
        let (space, audience): (Option<usize>, &[usize]) = if r.chance(0.1) {
            (None, &insiders)
        } else {
            let k = r.zipf(n_spaces, &weights);
            (Some(k), &members[k])
        };
        let author = audience[r.below(audience.len())];
        let c = people[author].culture;
        let thing = *r.pick(&COMMON_SKILLS[..]);
        let place = *r.pick(c.places());
        let mut body = (*r.pick(vocab::post_templates(c)))
            .replace("{thing}", thing)
            .replace("{place}", place)
            .replace("{topic}", &format!("#{}", *r.pick(&TOPICS)));
        let mut mentions = Vec::new();
        if r.chance(0.15) {
            let other = audience[r.below(audience.len())];
            if other != author && !people[other].guest {
                let handle = people[other].email.clone();
                body.push_str(&format!(" @{handle}"));
                mentions.push((handle, people[other].id.clone(), people[other].name.clone()));
            }
        }
        let post_id = r.id();
        let count = r.below((per_post * 2.0).round() as usize + 1);
        let mut these: Vec<String> = Vec::with_capacity(count);
        for j in 0..count {
            let who = audience[r.below(audience.len())];
            let parent = if j > 0 && r.chance(0.2) {
                Some(these[r.below(these.len())].clone())
            } else {
                None
            };
            let id = r.id();
            comments.push(SeedComment {
                id: id.clone(),
                post_id: post_id.clone(),
                parent_id: parent.clone(),
                author_id: people[who].id.clone(),
                body: (*r.pick(vocab::comments(people[who].culture))).to_owned(),
                body_html: String::new(),
                created_at: created + 60_000 * i64::try_from(j + 1).unwrap_or(1),
            });
            if parent.is_none() {
                these.push(id);
            }
        }
        let mut reacted = HashSet::new();
        for _ in 0..r.below(5) {
            let who = audience[r.below(audience.len())];
            if reacted.insert(who) {
                reactions.push((
                    post_id.clone(),
                    people[who].id.clone(),
                    *r.pick(&REACTIONS),
                    created + 30_000,
                ));
            }
        }
        posts.push(SeedPost {
            id: post_id,
            space_id: space.map(|k| spaces[k].id.clone()),
            author_id: people[author].id.clone(),
            body,
            comment_count: i64::try_from(count).unwrap_or(0),
            created_at: created,
            mentions,
        });
        if posts.len() == BATCH || n + 1 == o.posts {
            w.posts(&posts).await.map_err(err)?;
            w.comments(&mut comments).await.map_err(err)?;
            w.reactions(&reactions).await.map_err(err)?;
            report.posts += posts.len();
            report.comments += comments.len();
            report.reactions += reactions.len();
            posts.clear();
            comments.clear();
            reactions.clear();
            if report.posts % 100_000 == 0 {
                let rate = report.posts as f64 / loaded.elapsed().as_secs_f64().max(0.001);
                tracing::info!(
                    posts = report.posts,
                    comments = report.comments,
                    rate = rate as u64,
                    "seeding"
                );
            }
        }
    }
    w.finish().await.map_err(err)?;
    report.seconds = started.elapsed().as_secs_f64();
    report.accounts = people
        .iter()
        .filter(|p| !p.guest)
        .take(6)
        .chain(people.iter().filter(|p| p.guest).take(2))
        .map(|p| {
            let role = seeds_role(p, &people);
            (p.email.clone(), p.name.clone(), role)
        })
        .collect();
    w.record_report(&serde_json::to_string(&report).context("report")?)
        .await
        .map_err(err)?;
    Ok(report)
}

fn seeds_role(p: &Person, people: &[Person]) -> String {
    if p.guest {
        "guest".into()
    } else if people.first().is_some_and(|f| f.id == p.id) {
        "admin".into()
    } else {
        "member".into()
    }
}
