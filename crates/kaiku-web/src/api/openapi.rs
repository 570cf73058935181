//! The OpenAPI 3.1 document, generated from the handlers' annotations.

use axum::Json;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(title = "Kaiku API", description = "The JSON API of Kaiku, the social intranet. \
        Authenticate with a personal access token: `Authorization: Bearer <token>`."),
    paths(
        super::users::me, super::users::list, super::users::get, super::users::patch,
        super::users::org_units, super::users::org_unit,
        super::spaces::list, super::spaces::create, super::spaces::get, super::spaces::patch,
        super::spaces::delete, super::spaces::members, super::spaces::add_member,
        super::spaces::remove_member, super::spaces::join, super::spaces::leave,
        super::spaces::requests, super::spaces::request, super::spaces::decide,
        super::posts::stream, super::posts::space_posts, super::posts::create_post,
        super::posts::get_post, super::posts::patch_post, super::posts::delete_post,
        super::posts::comments, super::posts::create_comment, super::posts::patch_comment,
        super::posts::delete_comment, super::reactions::put_reaction, super::reactions::delete_reaction,
        super::posts::topic_posts, super::posts::put_bookmark, super::posts::delete_bookmark,
        super::posts::put_pin, super::posts::delete_pin, super::posts::put_announcement,
        super::posts::delete_announcement, super::posts::announcements,
        super::posts::dismiss_announcement, super::posts::create_report, super::posts::reports,
        super::posts::resolve_report, super::follows::person_posts, super::follows::list, super::search::search,
        super::follows::put, super::follows::delete, super::reactions::list, super::composing::preview,
        super::composing::mentions, super::notifications::list, super::notifications::read,
        super::notifications::read_all, super::notifications::preferences,
        super::notifications::patch_preferences, super::notifications::space_level,
        super::notifications::put_space_level, super::notifications::put_subscription,
        super::wiki::list, super::wiki::create, super::wiki::get, super::wiki::patch,
        super::wiki::delete, super::wiki::revisions, super::wiki::revision, super::wiki::restore
    ),
    components(schemas(crate::error::Problem, crate::error::FieldProblem)),
    modifiers(&BearerAuth),
    tags(
        (name = "people", description = "People in the organisation"),
        (name = "spaces", description = "Spaces, their members and requests to join"),
        (name = "stream", description = "Posts, comments and reactions"),
        (name = "follows", description = "People, spaces and topics that reach my stream"),
        (name = "notifications", description = "What I am told, and how"),
        (name = "wiki", description = "Wiki pages of spaces, with every version kept")
    )
)]
struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, doc: &mut utoipa::openapi::OpenApi) {
        let components = doc.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// The document as served.
pub(crate) fn spec() -> utoipa::openapi::OpenApi {
    let mut doc = ApiDoc::openapi();
    doc.info.version = env!("CARGO_PKG_VERSION").to_owned();
    doc
}

pub(crate) async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(spec())
}
