//! The signed-in person's own account: profile, password, and the language switcher.

use std::collections::HashMap;

use actix_web::http::StatusCode;
use actix_web::{web, HttpRequest, HttpResponse};
use serde::{Deserialize, Serialize};

use crate::access::{authorize, Action};
use crate::auth::own_phone::{self, OwnPhone};
use crate::auth::{account, CurrentUser};
use crate::core::error::{AppError, AppResult};
use crate::home::feeds::{self, FeedAddresses};
use crate::i18n::{Locale, LANG_COOKIE};
use crate::notifications::channels::choices::{self, Choices, Chosen};
use crate::notifications::channels::push::subscriptions::{self, NewSubscription};
use crate::people::contact::{self, ContactCard};
use crate::people::feeds::FeedPurpose;
use crate::people::{self, password, Phone, ProfileChanges, Role};
use crate::web::csrf::CsrfForm;
use crate::web::display::on_this_device;
use crate::web::errors::on_form;
use crate::web::extract::{client_address, MaybeUser};
use crate::web::{safe_next, see_other, AppState};

#[derive(Deserialize)]
pub struct SavedQuery {
    saved: Option<String>,
}

#[derive(Serialize)]
struct ProfileView<'a> {
    email: Option<&'a str>,
    username: Option<&'a str>,
    saved: Option<&'a str>,
    error: Option<String>,
    min_password: usize,
    /// Delegates say how neighbours may reach them.
    delegate: bool,
    contact: ContactCard,
    /// The secret addresses of the person's feeds, each with a button for a new one.
    feeds: FeedAddresses,
    /// How each kind of message reaches them besides the inbox.
    channels: Choices,
    /// Their own mobile number, and one waiting for its code.
    own_phone: OwnPhone,
    /// The number they typed, sent back with its error.
    phone_typed: Option<&'a str>,
    /// The browsers where push is on, each with a button to turn it off.
    push_devices: Vec<subscriptions::Device>,
}

pub async fn profile(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    query: web::Query<SavedQuery>,
) -> AppResult<HttpResponse> {
    render(&req, &state, &user, query.saved.as_deref(), None).await
}

async fn render(
    req: &HttpRequest,
    state: &AppState,
    user: &CurrentUser,
    saved: Option<&str>,
    error: Option<(StatusCode, String)>,
) -> AppResult<HttpResponse> {
    render_with(req, state, user, saved, error, None).await
}

async fn render_with(
    req: &HttpRequest,
    state: &AppState,
    user: &CurrentUser,
    saved: Option<&str>,
    error: Option<(StatusCode, String)>,
    typed: Option<&str>,
) -> AppResult<HttpResponse> {
    let status = error.as_ref().map_or(StatusCode::OK, |e| e.0);
    let actor = user.actor();
    let key = state.feed_key.clone();
    let base_url = state.config.base_url.clone();
    let locale = Locale::from_code(&user.locale).unwrap_or(Locale::DEFAULT);
    let (contact, feeds, channels, own_phone, push_devices) = state
        .db
        .run(move |conn| {
            let contact = contact::card(conn, actor.user_id)?;
            let channels = choices::current(conn, actor.user_id)?;
            Ok((
                contact,
                feeds::addresses(conn, &key, &actor, &base_url)?,
                channels,
                own_phone::current(conn, actor.user_id)?,
                subscriptions::devices(conn, actor.user_id, locale)?,
            ))
        })
        .await?;
    let view = ProfileView {
        email: user.email.as_deref(),
        username: user.username.as_deref(),
        saved,
        error: error.map(|e| e.1),
        min_password: password::MIN_LENGTH,
        delegate: user.has(Role::StairDelegate) || user.has(Role::BuildingDelegate),
        contact,
        feeds,
        channels,
        own_phone,
        phone_typed: typed,
        push_devices,
    };
    state.page_with_status(req, Some(user), status, "pages/profile", &view)
}

async fn show_error(
    req: &HttpRequest,
    state: &AppState,
    user: &CurrentUser,
    error: AppError,
) -> AppResult<HttpResponse> {
    let shown = on_form(error, req)?;
    render(req, state, user, None, Some(shown)).await
}

#[derive(Deserialize)]
pub struct OwnPhoneForm {
    phone: String,
}

/// `POST /profile/phone`: the person's own mobile number, sent a code to confirm it.
pub async fn ask_phone_code(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    CsrfForm(form): CsrfForm<OwnPhoneForm>,
) -> AppResult<HttpResponse> {
    let address = client_address(&req);
    let (id, locale) = (
        user.id,
        Locale::from_code(&user.locale).unwrap_or(Locale::DEFAULT),
    );
    let sent = match Phone::parse(&form.phone) {
        Ok(phone) => {
            state
                .db
                .run(move |conn| own_phone::ask(conn, id, &address, &phone, locale))
                .await
        }
        Err(e) => Err(e),
    };
    match sent {
        Ok(()) => Ok(see_other("/profile#phone-heading")),
        Err(e) => {
            let shown = on_form(e, &req)?;
            render_with(&req, &state, &user, None, Some(shown), Some(&form.phone)).await
        }
    }
}

#[derive(Deserialize)]
pub struct OwnPhoneCode {
    code: String,
}

/// `POST /profile/phone/code`: the code that came to the number, which makes it theirs.
pub async fn confirm_phone(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    CsrfForm(form): CsrfForm<OwnPhoneCode>,
) -> AppResult<HttpResponse> {
    let id = user.id;
    match state
        .db
        .run(move |conn| own_phone::confirm(conn, id, &form.code))
        .await
    {
        Ok(()) => Ok(see_other("/profile?saved=phone")),
        Err(e) => show_error(&req, &state, &user, e).await,
    }
}

#[derive(Deserialize)]
pub struct ContactForm {
    #[serde(default)]
    phone: String,
    show_email: Option<String>,
    #[serde(default)]
    hours: String,
}

/// A delegate's card for their neighbours.
pub async fn update_contact(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    CsrfForm(form): CsrfForm<ContactForm>,
) -> AppResult<HttpResponse> {
    let card = ContactCard {
        phone: form.phone,
        show_email: form.show_email.is_some(),
        hours: form.hours,
    };
    let id = user.id;
    match state
        .db
        .run(move |conn| contact::set_card(conn, id, &card))
        .await
    {
        Ok(()) => Ok(see_other("/profile?saved=contact")),
        Err(e) => show_error(&req, &state, &user, e).await,
    }
}

/// The channels the signed-in person chooses for each kind of message.
pub async fn update_channels(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    CsrfForm(form): CsrfForm<HashMap<String, String>>,
) -> AppResult<HttpResponse> {
    let chosen = Chosen::from_ticked(|field| form.get(field).is_some_and(|v| v == "yes"));
    let id = user.id;
    match state
        .db
        .run(move |conn| Ok(choices::set(conn, id, &chosen)?))
        .await
    {
        Ok(()) => Ok(see_other("/profile?saved=channels")),
        Err(e) => show_error(&req, &state, &user, e).await,
    }
}

#[derive(Deserialize)]
pub struct PushForm {
    endpoint: String,
    p256dh: String,
    auth: String,
}

/// The profile's button, after the browser subscribed: push on in this browser. Called by
/// the page's script, which shows the outcome itself; the answer is the API's.
pub async fn turn_on_push(
    state: web::Data<AppState>,
    user: CurrentUser,
    CsrfForm(form): CsrfForm<PushForm>,
) -> AppResult<HttpResponse> {
    let new = NewSubscription::parse(&form.endpoint, &form.p256dh, &form.auth, &state.push_hosts)?;
    let actor = user.actor();
    let id = state
        .db
        .run(move |conn| subscriptions::subscribe(conn, &actor, &new))
        .await?;
    Ok(HttpResponse::Created().json(serde_json::json!({ "id": id })))
}

/// `POST /profile/push/{id}/remove`: push off in one of the person's browsers (a lost phone,
/// a tablet given away), without needing that browser.
pub async fn turn_off_push(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    id: web::Path<i32>,
    _: CsrfForm<super::sign_in::Empty>,
) -> AppResult<HttpResponse> {
    let (actor, id) = (user.actor(), id.into_inner());
    match state
        .db
        .run(move |conn| subscriptions::unsubscribe(conn, &actor, id))
        .await
    {
        Ok(()) => Ok(see_other("/profile?saved=push")),
        Err(e) => show_error(&req, &state, &user, e).await,
    }
}

#[derive(Deserialize)]
pub struct ProfileForm {
    locale: String,
    email: Option<String>,
}

impl ProfileForm {
    fn parse(self) -> AppResult<ProfileChanges> {
        let locale = Locale::from_code(&self.locale)
            .ok_or_else(|| AppError::invalid("locale-invalid"))?
            .code()
            .to_string();
        let email = match self.email.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(raw) => Some(people::parse_email(raw)?),
        };
        Ok(ProfileChanges { locale, email })
    }
}

pub async fn update_profile(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    CsrfForm(form): CsrfForm<ProfileForm>,
) -> AppResult<HttpResponse> {
    let changes = match form.parse() {
        Ok(changes) => changes,
        Err(e) => return show_error(&req, &state, &user, e).await,
    };
    let actor = user.actor();
    match state
        .db
        .run(move |conn| {
            authorize(
                &actor,
                Action::EditProfile {
                    user_id: actor.user_id,
                },
            )?;
            people::update_profile(conn, actor.user_id, &changes)
        })
        .await
    {
        Ok(()) => Ok(see_other("/profile?saved=profile")),
        Err(e) => show_error(&req, &state, &user, e).await,
    }
}

#[derive(Deserialize)]
pub struct FeedForm {
    purpose: String,
}

/// A new secret address for one of the person's feeds; the old one stops working at once.
pub async fn renew_feed(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    CsrfForm(form): CsrfForm<FeedForm>,
) -> AppResult<HttpResponse> {
    let Some(purpose) = FeedPurpose::parse(&form.purpose) else {
        return show_error(
            &req,
            &state,
            &user,
            AppError::invalid("feed-purpose-invalid"),
        )
        .await;
    };
    let actor = user.actor();
    let key = state.feed_key.clone();
    state
        .db
        .run(move |conn| feeds::renew(conn, &key, &actor, purpose))
        .await?;
    Ok(see_other("/profile?saved=feed"))
}

#[derive(Deserialize)]
pub struct PasswordForm {
    current: String,
    new: String,
    confirm: String,
}

/// A new password signs out every other device: whoever knew the old one is out.
pub async fn change_password(
    req: HttpRequest,
    state: web::Data<AppState>,
    user: CurrentUser,
    CsrfForm(form): CsrfForm<PasswordForm>,
) -> AppResult<HttpResponse> {
    let actor = user.actor();
    let keep = user.session_id.clone();
    let result = state
        .db
        .run(move |conn| {
            account::change_password(conn, &actor, &keep, &form.current, &form.new, &form.confirm)
        })
        .await;
    match result {
        Ok(()) => Ok(see_other("/profile?saved=password")),
        Err(e) => show_error(&req, &state, &user, e).await,
    }
}

#[derive(Deserialize)]
pub struct LanguageForm {
    locale: String,
    next: Option<String>,
}

/// The switcher on every page: remembered in a cookie, and in the profile when signed in.
pub async fn switch_language(
    state: web::Data<AppState>,
    MaybeUser(user): MaybeUser,
    CsrfForm(form): CsrfForm<LanguageForm>,
) -> AppResult<HttpResponse> {
    let locale =
        Locale::from_code(&form.locale).ok_or_else(|| AppError::invalid("locale-invalid"))?;
    if let Some(user) = user {
        state
            .db
            .run(move |conn| Ok(people::set_locale(conn, user.id, locale.code())?))
            .await?;
    }
    let mut res = see_other(&safe_next(form.next.as_deref()));
    let cookie = on_this_device(LANG_COOKIE, locale.code().to_string(), &state);
    let _ = res.add_cookie(&cookie);
    Ok(res)
}
