## Kaiku — svenska
## Alla meddelanden i den engelska källfilen måste finnas här också (ett test kontrollerar det).

## Navigering och sidlayout
nav-skip = Hoppa till innehållet
nav-main = Huvudnavigering
nav-home = Start
nav-account = Konto
nav-admin = Administration
nav-sessions = Sessioner
nav-tokens = API-tokens
nav-sign-out = Logga ut
footer-powered = Drivs med { $product }
footer-language = Språk
footer-language-apply = Byt
back-to-login = Tillbaka till inloggningen
pager-more = Visa fler
pager-older = Äldre poster
filter-all = Alla
action-save = Spara ändringar
action-filter = Filtrera
action-copy = Kopiera
action-copied = Kopierat!

## Formulärfält
field-name = Fullständigt namn
field-name-optional = Namn (valfritt)
field-email = E-postadress
field-work-email = E-postadress på jobbet
field-password = Lösenord
field-current-password = Nuvarande lösenord
field-new-password = Nytt lösenord
field-confirm-password = Upprepa det nya lösenordet
field-job-title = Befattning
field-language = Språk
hint-password = Minst 10 tecken. Några ord som inte hör ihop blir ett starkt lösenord som är lätt att komma ihåg.

## Roller och status
role-admin = Administratör
role-member = Medlem
role-guest = Gäst (extern)
role-member-desc = En anställd: ser organisationens offentliga utrymmen, personer och nyheter.
role-guest-desc = En extern partner: ser bara de utrymmen som hen har bjudits in till.
state-active = Aktiv
state-deactivated = Inaktiverad

## Valideringsfel
error-required = Fyll i det här fältet.
error-too-long = Det här är för långt.
error-invalid-characters = Det här innehåller tecken som inte är tillåtna.
error-email-invalid = Ange en e-postadress, till exempel name@example.com.
error-email-taken = Det finns redan ett konto med den här e-postadressen.
error-password-short = Använd minst 10 tecken.
error-password-mismatch = Lösenorden stämmer inte överens.
error-password-wrong = Det är inte ditt nuvarande lösenord.
error-login-failed = Fel e-postadress eller lösenord.
error-account-deactivated = Det här kontot har inaktiverats. Kontakta din administratör om du behöver åtkomst.
error-rate-limited = För många misslyckade inloggningsförsök. Vänta { $minutes ->
    [one] en minut
   *[other] { $minutes } minuter
} och försök igen.
error-setup-code = Installationskoden är inte korrekt. Kopiera den från serverns logg.
error-choice-invalid = Välj ett av alternativen.
error-color-invalid = Välj en färg i formatet #RRGGBB.
error-domain-invalid = Ange domäner som example.com, åtskilda med kommatecken.
error-domains-required = Ange minst en domän när registreringen är öppen för e-postdomäner.
error-domain-not-allowed = Registreringen är inte öppen för den här e-postdomänen. Be en administratör om en inbjudan.
error-host-invalid = Ange bara servernamnet, till exempel smtp.example.com.
error-port-invalid = Ange ett portnummer mellan 1 och 65535.
error-last-admin = Organisationen behöver minst en aktiv administratör.
error-deactivate-self = Du kan inte inaktivera ditt eget konto.
error-mail-not-configured = E-post har inte konfigurerats ännu. Fyll först i SMTP-inställningarna nedan.
error-cursor-invalid = Den här sidlänken gäller inte längre.
error-limit-range = Sidstorleken måste vara mellan 1 och 100.
error-conflict = Det här krockar med en ändring som gjordes samtidigt. Försök igen.
error-from-required = Ange en avsändaradress som SMTP-servern godkänner.

## Felsidor
error-home = Gå till startsidan
error-400-title = Något i begäran var inte rätt
error-400-body = Sidan kunde inte tolka det som skickades. Gå tillbaka och försök igen.
error-403-title = Du har inte åtkomst till det här
error-403-body = Ditt konto har inte behörighet att öppna den här sidan. Om du tycker att det borde ha det kan du kontakta en administratör.
error-404-title = Sidan hittades inte
error-404-body = Sidan kan ha flyttats eller tagits bort, eller så är länken felskriven.
error-409-title = Det gick inte igenom
error-409-body = Ändringen krockar med det aktuella läget. Ladda om sidan och försök igen.
error-413-title = Det var för stort
error-413-body = Det du skickade är större än vad Kaiku tar emot. Försök med något mindre.
error-429-title = Ta det lite lugnt
error-429-body = För många förfrågningar på kort tid. Vänta en stund och försök igen.
error-500-title = Något gick fel hos oss
error-500-body = Felet har loggats. Försök igen om en stund.
error-405-title = Det går inte att göra här
error-405-body = Den här sidan tar inte emot den sortens begäran. Gå tillbaka och använd sidans egna knappar.

## API-fel
problem-unauthenticated = En giltig personlig åtkomsttoken krävs: skicka den som ”Authorization: Bearer <token>”.
problem-not-found = Hittades inte, eller så har du inte åtkomst.
problem-forbidden = Du har inte behörighet att göra det här.
problem-invalid = Några värden är ogiltiga.
problem-rate-limited = För många förfrågningar. Försök igen senare.
problem-internal = Något gick fel på servern. Försök igen senare.

## Bekräftelser
notice-signed-out = Du har loggats ut.
notice-password-changed = Ditt lösenord har ändrats. Dina andra sessioner har loggats ut och dina API-tokens har återkallats.
notice-password-reset = Ditt lösenord har återställts. Logga in med det nya lösenordet.
notice-profile-saved = Dina ändringar har sparats.
notice-language-saved = Språket har sparats.
notice-session-revoked = Sessionen har loggats ut.
notice-token-revoked = Tokenen har återkallats.
notice-settings-saved = Inställningarna har sparats.
notice-user-deactivated = Kontot har inaktiverats och loggats ut överallt.
notice-user-reactivated = Kontot är aktivt igen.
notice-role-changed = Rollen har ändrats.
notice-invitation-revoked = Inbjudan har återkallats.
notice-request-rejected = Ansökan har avslagits och den sökande har informerats.
notice-test-mail-queued = Ett testmeddelande är på väg till din adress.
notice-welcome = Välkommen till Kaiku!

## Installation
setup-title = Konfigurera din organisation
setup-lead = Skapa organisationen och dess första administratör. Den här sidan är bara tillgänglig tills installationen är klar.
setup-org-name = Organisationens namn
setup-org-name-hint = Visas högst upp på varje sida och i e-postmeddelanden. Du kan ändra det senare.
setup-admin = Ditt administratörskonto
setup-code = Installationskod
setup-code-hint = Skrivs ut i serverns logg när Kaiku startar, t.ex. ABCD-EFGH-JKLM-NPQR.
setup-submit = Skapa organisation

## Inloggning
login-title = Logga in
login-remember = Håll mig inloggad på den här enheten
login-submit = Logga in
login-forgot = Glömt lösenordet?
login-register = Ansök om konto

## Återställning av lösenord
forgot-title = Återställ ditt lösenord
forgot-lead = Ange din e-postadress så skickar vi en länk där du kan välja ett nytt lösenord.
forgot-submit = Skicka återställningslänk
forgot-sent = Om det finns ett konto för den adressen är en återställningslänk på väg. Länken gäller i en timme.
forgot-sent-hint = Har du inte fått något e-postmeddelande efter några minuter? Titta i skräppostmappen eller be en administratör om en återställningslänk.
reset-title = Välj ett nytt lösenord
reset-invalid = Den här återställningslänken har gått ut eller har redan använts.
reset-request-new = Begär en ny länk
reset-submit = Spara nytt lösenord

## Inbjudningar och registrering
invite-page-title = Inbjudan
invite-title = Gå med i { $org }
invite-lead = Du har bjudits in med adressen { $email }. Välj namn och lösenord för att slutföra.
invite-guest-note = Du går med som extern gäst: du ser de utrymmen som du bjuds in till.
invite-submit = Skapa mitt konto
invite-invalid-title = Den här inbjudan kan inte användas
invite-invalid = Länken har gått ut, har återkallats eller har redan använts. Be personen som bjöd in dig om en ny.
signup-title = Ansök om konto
signup-closed = Konton skapas endast via inbjudan. Be en administratör i din organisation att bjuda in dig.
signup-lead-domains = Alla med en e-postadress på { $domains } kan gå med. Vi skickar en länk så att du kan bekräfta din adress.
signup-lead-approval = Berätta vem du är. En administratör granskar varje ansökan och du får beskedet via e-post.
signup-message = Meddelande till administratörerna
signup-message-hint = Valfritt: ditt team, din roll eller vem som skickade dig hit.
signup-submit = Skicka bekräftelselänk
signup-submit-request = Skicka ansökan
signup-sent = Titta i din inkorg: om adressen får gå med är en länk för att skapa ditt konto på väg. Den gäller i 24 timmar.
signup-requested = Tack! Din ansökan har skickats till administratörerna. Du får besked via e-post.

## Startsida
home-title = Välkommen, { $name }
home-lead = Det här är { $org } på Kaiku.
home-figures = Organisationen i siffror
home-kpi-people = Personer
home-kpi-active = Aktiva
home-kpi-guests = Gäster
home-kpi-requests = Väntande ansökningar
home-steps-title = Kom igång
home-step-done = klart
home-step-created = Organisationen har skapats
home-step-created-body = Din organisation är skapad och du är dess administratör.
home-step-settings = Gå igenom inställningarna
home-step-mail = Ställ in e-post
home-step-mail-body = Kaiku skickar inbjudningar och lösenordsåterställningar via e-post så snart SMTP-servern har angetts.
home-step-mail-action = Konfigurera e-post
home-step-brand = Sätt din egen prägel
home-step-brand-body = Välj organisationens accentfärg och standardspråk.
home-step-brand-action = Öppna utseende
home-step-invite = Bjud in dina kollegor
home-step-invite-body = Skicka inbjudningar via e-post eller öppna registreringen för företagets e-postdomän.
home-step-invite-action = Bjud in personer
home-account-title = Ditt konto
home-active-sessions = Aktiva sessioner
home-api-tokens = API-tokens
home-edit-profile = Redigera profil

## Konto
account-title = Ditt konto
account-nav-profile = Profil
account-nav-password = Lösenord
account-nav-sessions = Sessioner
account-nav-tokens = API-tokens
account-nav-logins = Inloggningshistorik
account-role = Roll
account-member-since = Medlem sedan
account-language-browser = Samma som min webbläsare
account-language-hint = Språket på Kaikus sidor och i de e-postmeddelanden du får.
password-title = Byt lösenord
password-lead = Efter bytet loggas dina andra sessioner ut och dina API-tokens slutar fungera.
password-submit = Byt lösenord
sessions-title = Sessioner
sessions-lead = Enheter där du är inloggad. Logga ut dem som du inte känner igen.
sessions-this = Den här enheten
sessions-remembered = Förblir inloggad
sessions-ip = IP { $ip }
sessions-last-seen = senast aktiv { $time }
sessions-started = inloggad { $time }
sessions-revoke = Logga ut
sessions-revoke-all = Logga ut överallt
sessions-revoke-all-confirm = Logga ut på alla enheter, även den här?
tokens-title = API-tokens
tokens-lead = Med personliga åtkomsttokens kan skript och integrationer använda Kaikus API i ditt namn.
tokens-new = Ny token
tokens-label = Etikett
tokens-label-hint = Vad tokenen ska användas till, t.ex. ”HR-synk” eller ”Mitt skript”.
tokens-expiry = Går ut
tokens-days = { $days ->
    [one] om { $days } dag
   *[other] om { $days } dagar
}
tokens-never = Aldrig
tokens-create = Skapa token
tokens-created = Din nya token:
tokens-created-once = Kopiera den nu. Den visas inte igen.
tokens-yours = Dina tokens
tokens-empty = Inga tokens ännu
tokens-empty-body = Skapa en när ett skript eller en integration behöver använda API:et.
tokens-expired = Utgången
tokens-created-at = skapad { $time }
tokens-expires-at = går ut { $time }
tokens-no-expiry = går aldrig ut
tokens-last-used = senast använd { $time }
tokens-never-used = aldrig använd
tokens-revoke = Återkalla
tokens-revoke-confirm = Återkalla den här tokenen? Allt som använder den slutar fungera direkt.
logins-title = Inloggningshistorik
logins-lead = De senaste försöken att logga in på ditt konto. Rapportera allt du inte känner igen till en administratör.
logins-empty = Inga inloggningsförsök ännu
logins-col-time = Tid
logins-col-person = Person
logins-col-outcome = Resultat
logins-col-ip = IP-adress
logins-col-agent = Webbläsare
outcome-success = Inloggad
outcome-failed = Misslyckades
outcome-rate-limited = Blockerad (för många försök)
outcome-deactivated = Nekad (inaktiverad)

## Administration
admin-nav-users = Personer
admin-nav-invitations = Inbjudningar
admin-nav-requests = Ansökningar
admin-nav-settings = Inställningar
admin-nav-login-log = Inloggningslogg
admin-actions = Åtgärder
admin-users-title = Personer
admin-users-search = Sök
admin-users-role = Roll
admin-users-state = Status
admin-users-col-person = Person
admin-users-col-joined = Gick med
admin-users-empty = Inga träffar
admin-users-empty-body = Prova en annan sökning eller rensa filtren.
admin-invite-people = Bjud in personer
admin-user-details = Uppgifter
admin-user-change-role = Ändra roll
admin-user-access = Åtkomst
admin-user-reset-hint = Skapa en engångslänk där personen kan välja ett nytt lösenord. Lämna över den personligen eller per telefon. Den gäller i 24 timmar.
admin-user-reset-link = Skapa länk för lösenordsåterställning
admin-reset-link-created = Länk för lösenordsåterställning (visas en gång, gäller i 24 timmar):
admin-user-deactivate-hint = Vid inaktivering loggas personen ut överallt och hens API-tokens återkallas. Det hen har skrivit finns kvar.
admin-user-deactivate = Inaktivera konto
admin-user-deactivate-confirm = Inaktivera { $name }? Personen loggas ut överallt direkt.
admin-user-reactivate = Återaktivera konto
admin-user-logins = Senaste inloggningar
admin-invitations-title = Inbjudningar
admin-invitations-lead = Bjud in kollegor och partner via e-post. En inbjudan gäller i sju dagar.
admin-invite-send = Skicka inbjudan
admin-invitation-mailed = Inbjudan har skickats. Du kan också dela den här länken:
admin-invitation-not-mailed = E-post har inte konfigurerats, så inget skickades. Dela själv den här länken med personen:
admin-mail-not-configured = E-post har inte konfigurerats: inbjudningar skickas inte automatiskt, men du kan dela länkarna.
admin-configure-mail = Ställ in e-post
admin-invitations-recent = Senaste inbjudningar
admin-invitations-empty = Inga inbjudningar ännu
admin-invitation-state = Status
admin-invitation-sent = Skickad
admin-invitation-revoke = Återkalla
invitation-open = Väntar
invitation-accepted = Accepterad
invitation-revoked = Återkallad
invitation-expired = Utgången
admin-requests-title = Ansökningar om konto
admin-requests-lead = Personer som har ansökt om ett konto. När du godkänner en ansökan får personen en inbjudningslänk.
admin-requests-empty = Inga väntande ansökningar
admin-requests-mode-off = Registrering via ansökan är avstängd, så inga nya ansökningar kommer in.
admin-request-approve = Godkänn
admin-request-reject = Avslå
admin-request-reject-confirm = Avslå den här ansökan? Den sökande meddelas via e-post.
admin-request-approved-mailed = Godkänd. En inbjudan har skickats; du kan också dela den här länken:
admin-request-approved-not-mailed = Godkänd. E-post har inte konfigurerats, så dela själv den här inbjudningslänken med personen:
admin-settings-title = Inställningar
settings-organisation = Organisation
settings-accent = Accentfärg
settings-accent-hint = Används för knappar, länkar och markeringar.
settings-default-language = Standardspråk
settings-default-language-hint = Används när varken personen själv eller hens webbläsare begär ett språk som finns.
settings-registration = Registrering
settings-registration-mode = Vem kan skapa ett konto
settings-mode-closed = Endast via inbjudan
settings-mode-closed-desc = Bara personer som en administratör har bjudit in kan gå med.
settings-mode-domains = Alla med en e-postadress i företaget
settings-mode-domains-desc = Personer med en adress på någon av domänerna nedan kan gå med efter att ha bekräftat adressen.
settings-mode-approval = Alla kan ansöka, en administratör godkänner
settings-mode-approval-desc = Ansökningar väntar på beslut av en administratör.
settings-domains = Tillåtna e-postdomäner
settings-domains-hint = Till exempel: example.com, example.fi
settings-mail = E-post (SMTP)
settings-mail-configured = E-post har konfigurerats: Kaiku skickar inbjudningar, lösenordsåterställningar och aviseringar.
settings-mail-not-configured = E-post har inte konfigurerats: inget skickas förrän du har angett SMTP-servern.
settings-smtp-host = SMTP-server
settings-smtp-port = Port
settings-smtp-security = Anslutningssäkerhet
settings-smtp-starttls = STARTTLS (port 587)
settings-smtp-tls = TLS (port 465)
settings-smtp-none = Ingen (endast för en betrodd lokal reläserver)
settings-smtp-username = Användarnamn
settings-smtp-password = Lösenord
settings-smtp-password-set = Ett lösenord är sparat. Lämna fältet tomt för att behålla det.
settings-smtp-password-unset = Inget lösenord sparat.
settings-smtp-password-clear = Ta bort det sparade lösenordet
settings-smtp-from = Avsändare
settings-smtp-from-hint = Till exempel: Intranet <intranet@example.com>
settings-test-mail = Skicka ett testmeddelande
settings-test-mail-hint = Skickar ett meddelande till din egen adress med de sparade inställningarna.
settings-logo = Logotyp
settings-logo-current = Nuvarande logotyp
settings-logo-upload = Ladda upp en ny logotyp
settings-logo-hint = PNG, JPEG, WebP eller GIF, högst 512 kB. En kvadratisk bild blir bäst.
settings-logo-save = Ladda upp logotyp
settings-logo-remove = Ta bort logotyp
error-logo-type = Välj en bild i formatet PNG, JPEG, WebP eller GIF.
error-logo-too-large = Bilden är större än 512 kB.
admin-login-log-title = Inloggningslogg
admin-login-log-lead = Alla inloggningsförsök i organisationen, de senaste först.

## E-post
mail-greeting = Hej { $name }!
mail-greeting-plain = Hej!
mail-footer = Det här meddelandet skickades från intranätet hos { $org }.
mail-reset-subject = Återställ ditt lösenord hos { $org }
mail-reset-body = Någon har begärt att lösenordet till ditt konto ska återställas. Använd länken nedan för att välja ett nytt. Länken fungerar en gång och gäller i en timme.
mail-reset-ignore = Om det inte var du som begärde detta kan du ignorera meddelandet: ditt lösenord förblir oförändrat.
mail-reset-action = Välj ett nytt lösenord
mail-invite-subject = Du har bjudits in till { $org }
mail-invite-body = { $inviter } har bjudit in dig till intranätet hos { $org }.
mail-invite-expiry = Inbjudan gäller i sju dagar.
mail-invite-action = Acceptera inbjudan
mail-signup-subject = Bekräfta din adress för att gå med i { $org }
mail-signup-body = Använd länken nedan för att skapa ditt konto på intranätet hos { $org }. Länken gäller i 24 timmar. Om du inte har begärt detta kan du ignorera meddelandet.
mail-signup-action = Skapa mitt konto
mail-approved-subject = Din ansökan om att gå med i { $org } har godkänts
mail-approved-body = Goda nyheter: din ansökan om att gå med i intranätet hos { $org } har godkänts. Använd länken nedan för att skapa ditt konto.
mail-rejected-subject = Din ansökan om att gå med i { $org }
mail-rejected-body = Din ansökan om att gå med i intranätet hos { $org } har inte godkänts. Om du tror att det är ett misstag kan du kontakta organisationen direkt.
mail-test-subject = Testmeddelande från { $org }
mail-test-body = E-post från Kaiku fungerar. Du kan stänga det här meddelandet.

## Utrymmen och partner (organisationsinställningar)
settings-spaces = Utrymmen och partner
settings-space-creation = Vem kan skapa utrymmen
settings-space-creation-everyone = Alla medlemmar
settings-space-creation-everyone-desc = Anställda kan starta utrymmen för sina team, projekt och intressen. Gäster kan aldrig skapa utrymmen.
settings-space-creation-admins = Endast administratörer
settings-space-creation-admins-desc = Medlemmar ber en administratör att skapa ett utrymme åt dem.
settings-guests-enabled = Tillåt gästkonton för externa partner
settings-guests-enabled-hint = När det är avstängt kan ingen bjuda in gäster, och befintliga gäster kan inte logga in.
error-guests-disabled = Gästkonton är avstängda i den här organisationen.
outcome-guests-disabled = Nekad (gästkonton avstängda)

## Fel i utrymmen
error-slug-invalid = Använd 2–60 tecken: små bokstäver (a–z), siffror och bindestreck, till exempel ”hr-teamet”.
error-slug-taken = Ett annat utrymme använder redan den här adressen.
error-space-has-guests = Ta bort gästerna från det här utrymmet innan du gör det enbart internt.
error-confirm-name = Bekräfta genom att skriva utrymmets namn exakt.
error-last-owner = Ett utrymme måste ha en ägare: gör först någon annan till ägare.
error-remove-owner = Ägare kan inte tas bort. Be personen att först lämna ägarrollen eller lämna över den.
error-no-such-person = Ingen i organisationen har den här e-postadressen.
error-person-deactivated = Den här personens konto har inaktiverats.
error-space-internal = Det här utrymmet är enbart internt: gäster kan inte läggas till.
error-already-member = Den här personen är redan medlem.
error-email-taken-invite-instead = Den här personen har redan ett konto: bjud in hen som kollega i stället.
error-space-archived = Det här utrymmet är arkiverat och skrivskyddat.
error-guest-role = Gäster deltar som medlemmar; de kan inte bli moderatorer eller ägare.
error-transfer-self = Välj en annan medlem att lämna över utrymmet till.
mail-partner-subject = Du har bjudits in till { $space } hos { $org }
mail-partner-body = { $inviter } har bjudit in dig att delta i utrymmet { $space }. Du går med som extern gäst och ser bara det som delas med dig.

## Utrymmen
nav-spaces = Utrymmen
badge-external = Extern
action-cancel = Avbryt
action-change = Ändra
spaces-title = Utrymmen
spaces-lead = Team, projekt, intressegrupper och samarbeten med partner – alla med egna medlemmar.
spaces-create = Skapa utrymme
spaces-invitations = Inbjudningar till dig
spaces-invited-by = Inbjuden av { $name }
spaces-accept = Gå med
spaces-decline = Tacka nej
spaces-filter = Visa utrymmen
spaces-scope-all = Alla
spaces-scope-mine = Mina
spaces-scope-public = Offentliga
spaces-scope-private = Privata
spaces-scope-archived = Arkiverade
spaces-search = Sök utrymmen
spaces-empty = Inga utrymmen här ännu
spaces-empty-body = Skapa ett utrymme för ditt team eller projekt, eller prova ett annat filter.
space-member-count = { $count ->
    [one] { $count } medlem
   *[other] { $count } medlemmar
}
space-visibility-public = Offentligt
space-visibility-private = Privat
space-visibility-secret = Hemligt
space-visibility-public-desc = Alla i organisationen ser utrymmet och dess innehåll och kan gå med.
space-visibility-private-desc = Syns i listan för alla, men bara medlemmar ser innehållet. Andra kan ansöka om att gå med.
space-visibility-secret-desc = Bara medlemmarna vet att utrymmet finns. Det går bara att gå med via inbjudan.
space-role-owner = Ägare
space-role-moderator = Moderator
space-role-member = Medlem
space-archived = Arkiverat
space-internal-only = Endast internt
space-new-title = Skapa ett utrymme
space-new-lead = Ett utrymme samlar personer kring ett team, ett projekt eller ett ämne. Du blir dess ägare.
space-field-name = Namn
space-field-slug = Adress
space-field-slug-hint = Slutet av utrymmets webbadress. Lämna tomt så skapas den utifrån namnet.
space-field-description = Beskrivning
space-field-visibility = Vem kan se utrymmet
space-field-color = Färg
space-color-n = Färg { $n }
space-field-posting = Vem kan publicera
space-posting-members = Alla medlemmar
space-posting-members-desc = Alla i utrymmet deltar.
space-posting-moderators = Endast moderatorer
space-posting-moderators-desc = För meddelanden: medlemmarna läser och kommenterar.
space-field-guests = Gäster (externa partner) får bjudas in
space-field-notifications = Standardaviseringar för medlemmar
space-field-notifications-hint = Vad nya medlemmar aviseras om. Var och en kan ändra det för egen del.
space-notify-all = Alla nya inlägg
space-notify-mentions = Bara när de själva nämns
space-notify-muted = Inget
space-nav-about = Om
space-nav-members = Medlemmar
space-nav-requests = Ansökningar
space-nav-settings = Inställningar
space-about = Om utrymmet
space-no-description = Ingen beskrivning ännu.
space-created = Skapat
space-archived-note = Det här utrymmet är arkiverat: allt går fortfarande att läsa, men inget nytt kan läggas till.
space-join = Gå med i utrymmet
space-leave = Lämna utrymmet
space-leave-confirm = Lämna det här utrymmet?
space-request = Ansök om att gå med
space-request-message = Meddelande till moderatorerna (valfritt)
space-request-pending = Du har ansökt om att gå med. En moderator fattar beslut.
space-withdraw = Dra tillbaka ansökan
space-all-members = Visa alla
space-members-hidden = Bara medlemmar ser vilka som är med i utrymmet.
space-members-title = Medlemmar i { $space }
space-requests-title = Ansökningar om att gå med i { $space }
space-settings-title = Inställningar för { $space }
space-invite-colleague = Bjud in en kollega
space-invite-colleague-hint = Kollegans e-postadress på jobbet. Hen ser inbjudan under Utrymmen.
space-invite = Bjud in
space-invite-partner = Bjud in en extern partner
space-invite-partner-hint = Personen får ett e-postmeddelande för att skapa ett gästkonto och ser bara de utrymmen som hen bjuds in till.
space-invite-partner-send = Skicka inbjudan
space-col-role = Roll i utrymmet
space-col-joined = Gick med
space-remove = Ta bort
space-remove-confirm = Ta bort { $name } från det här utrymmet?
space-transfer = Lämna över ägarskapet
space-transfer-confirm = Lämna över ägarskapet till { $name }? Du blir moderator.
space-archive-title = Arkivering
space-archive-hint = När utrymmet arkiveras blir det skrivskyddat. Medlemmarna kan fortfarande hitta och läsa allt.
space-archive = Arkivera utrymmet
space-unarchive-hint = Utrymmet är arkiverat. Återställ det från arkivet så att medlemmarna kan delta igen.
space-unarchive = Återställ utrymmet från arkivet
space-delete-title = Ta bort utrymmet
space-delete-hint = Utrymmet och allt i det tas bort för gott. Det går inte att ångra.
space-delete-confirm-label = Skriv namnet ”{ $name }” för att bekräfta
space-delete = Ta bort utrymmet permanent
space-history = Historik
space-history-empty = Inga ändringar har registrerats ännu.
space-audit-create = Utrymme skapat
space-audit-settings = Inställningar ändrade
space-audit-archive = Arkiverat
space-audit-unarchive = Återställt från arkivet
space-audit-join = Gick med
space-audit-leave = Lämnade
space-audit-request = Ansökte om att gå med
space-audit-request-approved = Ansökan godkänd
space-audit-request-rejected = Ansökan avslagen
space-audit-invite = Kollega inbjuden
space-audit-invite-partner = Partner inbjuden
space-audit-invitation-accepted = Inbjudan accepterad
space-audit-add-member = Medlem tillagd
space-audit-remove-member = Medlem borttagen
space-audit-role = Roll ändrad
space-audit-transfer = Ägarskap överlämnat
space-audit-other = Ändring
notice-space-created = Ditt utrymme är klart. Bjud in personer under Medlemmar.
notice-space-joined = Välkommen till utrymmet!
notice-space-left = Du har lämnat utrymmet.
notice-space-requested = Din ansökan har skickats till utrymmets moderatorer.
notice-space-withdrawn = Din ansökan har dragits tillbaka.
notice-space-invited = Inbjudan har skickats.
notice-invitation-declined = Du har tackat nej till inbjudan.
notice-member-removed = Medlemmen har tagits bort.
notice-ownership-transferred = Ägarskapet har lämnats över.
notice-request-approved = Ansökan har godkänts.
notice-space-archived = Utrymmet har arkiverats.
notice-space-unarchived = Utrymmet är aktivt igen.
notice-space-deleted = Utrymmet har tagits bort.

## Startsida: utrymmen
home-spaces-title = Dina utrymmen
home-spaces-all = Alla utrymmen
home-spaces-empty = Du är inte med i något utrymme än.
home-spaces-browse = Bläddra bland utrymmen
home-spaces-more = Visa alla dina utrymmen
home-space-invitations = { $count ->
    [one] Du har en inbjudan till ett utrymme.
   *[other] Du har { $count } inbjudningar till utrymmen.
}

## Flöde
home-aside = Dina utrymmen och ditt konto
stream-title = Inlägg
stream-empty = Inget här ännu
stream-empty-home = Här visas inlägg från dina utrymmen och uppdateringar från dina kollegor. Skriv det första!
stream-empty-space = Inga inlägg i det här utrymmet ännu. Starta samtalet!
stream-older = Visa äldre inlägg
post-title = Inlägg
post-compose-profile = Dela en uppdatering med dina kollegor…
post-compose-space = Skriv i { $space }…
post-send = Publicera
post-preview = Förhandsgranska
post-write = Skriv
mention-suggestions = Personer att nämna
post-markdown-hint = Du kan använda Markdown: **fetstil**, *kursiv*, listor, `kod`, länkar.
post-moderators-only = Bara moderatorer publicerar i det här utrymmet, men alla kan kommentera.
post-edited = redigerat
post-delete-confirm = Ta bort inlägget och dess kommentarer?
post-comment-count = { $count ->
    [0] Inga kommentarer
    [one] 1 kommentar
   *[other] { $count } kommentarer
}
post-show-all-comments = { $count ->
    [one] Visa kommentaren
   *[other] Visa alla { $count } kommentarer
}
post-comments = Kommentarer
post-edit-title = Redigera inlägg
post-field-body = Text
post-error-title = Inlägget publicerades inte
post-error-kept = Här är det du skrev, så inget går förlorat. Kopiera texten, gå tillbaka och försök igen.
post-error-back = Gå tillbaka
post-history-title = Redigeringshistorik
post-history-back = Tillbaka till inlägget
post-history-current = Nuvarande version
post-history-before = Före redigeringen { $time }
comment-write = Skriv en kommentar…
comment-send = Kommentera
comment-reply = Svara
comment-edit-title = Redigera kommentar
comment-delete-confirm = Ta bort kommentaren och svaren på den?
action-edit = Redigera
action-delete = Ta bort
reaction-like = Gilla
reaction-thanks = Tack
reaction-celebrate = Fira
reaction-insightful = Insiktsfullt
post-reactors = Vilka som reagerade
reaction-funny = Roligt
notice-post-saved = Dina ändringar har sparats.
notice-post-deleted = Inlägget har tagits bort.
error-post-too-long = Ett inlägg får innehålla högst 10 000 tecken.
error-comment-too-long = En kommentar får innehålla högst 5 000 tecken.
error-no-such-comment = Kommentaren finns inte längre.
error-reaction-unknown = Okänd reaktion.
stream-new-posts = { $count ->
    [one] 1 nytt inlägg – visa
   *[other] { $count } nya inlägg – visa
}

stream-filter = Visa inlägg
stream-show-all = Alla
stream-show-spaces = Mina utrymmen
stream-show-mentions = Omnämnanden av mig
stream-show-saved = Sparade
stream-empty-mentions = Ingen har nämnt dig än. När någon skriver @ och ditt namn visas inlägget här.
stream-empty-saved = Du har inte sparat några inlägg. Välj ”Spara” på ett inlägg för att hitta det här senare.
stream-empty-topic = Det finns ännu inga inlägg med det här ämnet som du kan se.
post-pinned = Fäst
post-pin = Fäst
post-unpin = Lossa
post-save = Spara
post-unsave = Sparat ✓
post-unreachable-mentions = Fick ingen avisering eftersom de inte kan se inlägget: { $names }
topic-lead = Inlägg med det här ämnet som du kan se, de senaste först.

## Announcements and reports
notice-announced = Inlägget visas nu som meddelande på allas startsida.
notice-unannounced = Inlägget är inte längre ett meddelande.
notice-reported = Tack. Moderatorerna tittar på din anmälan.
notice-report-resolved = Anmälan är hanterad.
post-announce = Meddela alla
post-unannounce = Sluta meddela
post-report = Anmäl
report-title = Anmäl
report-lead = Berätta för moderatorerna vad som är fel. Bara de ser din anmälan.
report-reason = Vad är problemet?
report-send = Skicka anmälan
reports-title = Anmälningar
reports-lead = Inlägg och kommentarer som anmälts där du är moderator.
reports-empty = Inga öppna anmälningar
reports-by = anmält av { $name }
reports-reason = Orsak:
reports-open = Öppna i sitt sammanhang
reports-remove = Ta bort
reports-remove-confirm = Ta bort det anmälda innehållet?
reports-dismiss = Behåll
announcements-title = Meddelande
announcements-dismiss = Dölj
error-announce-audience = Bara inlägg som alla i organisationen kan se kan göras till meddelanden.

## Following
follow-start = Följ
follow-stop = Sluta följa
following-title = Följer
following-lead = Personer, utrymmen och ämnen vars inlägg hamnar på din startsida. Dina egna utrymmen följer du också om du inte slutar.
following-empty = Du följer inget annat än
following-empty-body = Följ personer, utrymmen och ämnen från deras sidor.
following-person = Person
following-space = Utrymme
following-topic = Ämne
stream-show-following = Följer
stream-empty-following = Inget än från de personer, utrymmen och ämnen du följer.
stream-empty-person = Inga inlägg som du kan se än.
error-follow-self = Du kan inte följa dig själv.

## Notifications
notif-bell = Aviseringar
notif-bell-unread = { $count ->
    [one] Aviseringar, 1 oläst
   *[other] Aviseringar, { $count } olästa
}
notif-title = Aviseringar
notif-read-all = Markera alla som lästa
notif-unread = Olästa
notif-unread-one = oläst
notif-empty = Inga aviseringar än
notif-empty-unread = Du har läst allt
notif-empty-body = Här visas omnämnanden, svar, reaktioner och förfrågningar som gäller dig.
notice-all-read = Alla aviseringar är markerade som lästa.
notif-someone = Någon
notif-mention = { $actor } nämnde dig
notif-comment-own = { $others ->
    [0] { $actor } kommenterade ditt inlägg
    [one] { $actor } och en till kommenterade ditt inlägg
   *[other] { $actor } och { $others } andra kommenterade ditt inlägg
}
notif-comment = { $others ->
    [0] { $actor } kommenterade i en diskussion du följer
    [one] { $actor } och en till kommenterade i en diskussion du följer
   *[other] { $actor } och { $others } andra kommenterade i en diskussion du följer
}
notif-reaction = { $others ->
    [0] { $actor } reagerade på ditt inlägg
    [one] { $actor } och en till reagerade på ditt inlägg
   *[other] { $actor } och { $others } andra reagerade på ditt inlägg
}
notif-space-post = { $count ->
    [one] { $actor } skrev ett inlägg i { $space }
   *[other] { $count } nya inlägg i { $space }
}
notif-added = { $actor } lade till dig i { $space }
notif-invitation = { $actor } bjöd in dig till { $space }
notif-join-request = { $others ->
    [0] { $actor } vill gå med i { $space }
    [one] { $actor } och en till vill gå med i { $space }
   *[other] { $actor } och { $others } andra vill gå med i { $space }
}
notif-request-approved = Din förfrågan om att gå med i { $space } godkändes
notif-request-declined = Din förfrågan om att gå med i { $space } avslogs
notif-role-changed = Din roll i { $space } är nu: { $role }
notif-announcement = { $actor } gick ut med ett meddelande till alla

## Notification settings
account-nav-notifications = Aviseringar
notif-settings-title = Aviseringsinställningar
notif-settings-lead = Välj vad du vill höra om och hur. Allt utom ”Av” syns också under klockikonen.
notif-settings-no-mail = E-post är inte konfigurerad i organisationen än, så tills vidare visas allt bara i Kaiku.
notif-settings-kinds = Vad du får aviseringar om
notif-settings-what = Vad
notif-settings-how = Hur
notif-settings-digests = Sammanfattningar
notif-settings-digests-lead = En sammanfattning samlar det du inte har läst än i ett e-postmeddelande, ordnat per utrymme. Finns det inget nytt skickas ingenting.
notif-digest-hour = Tid för sammanfattningarna
notif-digest-weekday = Dag för veckosammanfattningen
field-time-zone = Tidszon
time-zone-hint = Tiderna i Kaiku och i dina sammanfattningar följer den här tidszonen.
time-zone-org-default = Organisationens ({ $zone })
notice-notifications-saved = Dina aviseringsinställningar är sparade.
error-time-zone-invalid = Välj en tidszon i listan.
notif-kind-mention = Omnämnanden av mig
    .hint = Någon nämner dig med @ i ett inlägg eller en kommentar.
notif-kind-comment = Kommentarer i mina diskussioner
    .hint = Kommentarer på dina inlägg och i diskussioner du deltar i eller följer.
notif-kind-reaction = Reaktioner på mina inlägg
    .hint = Gillanden, tack och andra reaktioner, samlade per inlägg.
notif-kind-space-post = Nya inlägg i mina utrymmen
    .hint = Bara från utrymmen där du har valt ”Varje nytt inlägg”.
notif-kind-announcement = Meddelanden
    .hint = Det organisationen går ut med till alla.
notif-kind-invitation = Inbjudningar till utrymmen
    .hint = Någon bjuder in dig till ett utrymme eller lägger till dig i ett.
notif-kind-join-request = Förfrågningar om att gå med i mina utrymmen
    .hint = För utrymmen du äger eller modererar.
notif-kind-request-decided = Svar på mina förfrågningar
    .hint = Din förfrågan om att gå med i ett utrymme godkänns eller avslås.
notif-kind-role-changed = Ändringar av min roll
    .hint = Någon gör dig till medlem, moderator eller ägare i ett utrymme.
notif-delivery-app = Bara i Kaiku
notif-delivery-email = E-post direkt
notif-delivery-daily = Daglig sammanfattning
notif-delivery-weekly = Veckosammanfattning
notif-delivery-off = Av
weekday-1 = måndag
weekday-2 = tisdag
weekday-3 = onsdag
weekday-4 = torsdag
weekday-5 = fredag
weekday-6 = lördag
weekday-7 = söndag
space-level-label = Aviseringar från det här utrymmet
space-level-all = Varje nytt inlägg
space-level-mentions = Omnämnanden och mina diskussioner
space-level-muted = Bara omnämnanden av mig
space-level-chosen = Ditt eget val.
space-level-default = Utrymmets standard. Välj ditt eget här.
notice-space-level-saved = Sparat: du får nu aviseringar från det här utrymmet enligt ditt val.
thread-following = Du följer den här diskussionen: nya kommentarer ger en avisering.
thread-muted = Du har tystat den här diskussionen: bara omnämnanden av dig ger en avisering.
thread-none = Du följer inte den här diskussionen.
thread-follow = Följ diskussionen
thread-mute = Tysta diskussionen
notice-thread-followed = Nu följer du den här diskussionen.
notice-thread-muted = Diskussionen är tystad.
notice-thread-unfollowed = Du följer inte längre den här diskussionen.

## Unsubscribing from e-mail
unsubscribe-title = Sluta få e-post
unsubscribe-kind = e-post om ”{ $kind }”
unsubscribe-daily = den dagliga sammanfattningen
unsubscribe-weekly = veckosammanfattningen
unsubscribe-confirm = Den här länken stänger av: { $what }. Du ser fortfarande allt under klockikonen i Kaiku.
unsubscribe-button = Stäng av de här e-postmeddelandena
unsubscribe-done = Klart. Avstängt: { $what }.
unsubscribe-done-more = Aviseringarna syns fortfarande under klockikonen i Kaiku. Du kan ändra det när som helst i dina aviseringsinställningar.
unsubscribe-settings = Aviseringsinställningar

## Notification e-mail
mail-notif-in-space = I { $space }
mail-notif-open = Öppna
mail-notif-settings = Välj vilken e-post du får
mail-unsubscribe-kind = Sluta få sådan här e-post
mail-unsubscribe-daily = Stäng av den dagliga sammanfattningen
mail-unsubscribe-weekly = Stäng av veckosammanfattningen
mail-digest-daily-subject = { $count ->
    [one] { $org }: 1 nyhet för dig
   *[other] { $org }: { $count } nyheter för dig
}
mail-digest-weekly-subject = { $count ->
    [one] { $org }: din vecka, 1 nyhet
   *[other] { $org }: din vecka, { $count } nyheter
}
mail-digest-intro-count = { $count ->
    [one] Här är en sak du inte har sett än.
   *[other] Här är { $count } saker du inte har sett än.
}
mail-digest-daily-intro = Det här är din dagliga sammanfattning.
mail-digest-weekly-intro = Det här är din veckosammanfattning.
mail-digest-elsewhere = På andra ställen i organisationen
mail-digest-open = Se alla aviseringar

## E-mail delivery log
admin-nav-mail = E-postleverans
admin-mail-title = E-postleverans
admin-mail-lead = Varje meddelande Kaiku skickar, nyaste först: vad som levererades, vad som väntar på ett nytt försök och varför.
admin-mail-empty = Ingen e-post än
admin-mail-col-time = Lagt i kö
admin-mail-col-to = Till
admin-mail-col-subject = Ämne
admin-mail-col-status = Status
admin-mail-not-written = Skrivs när det skickas
admin-mail-purpose-system = Kontomeddelande
admin-mail-purpose-notification = Avisering
admin-mail-purpose-digest = Sammanfattning
admin-mail-sent = Skickat
admin-mail-failed = Misslyckades
admin-mail-cancelled = Inte skickat
admin-mail-pending = Väntar
admin-mail-retry = nästa försök { $when }
admin-mail-attempts = { $count ->
    [one] 1 försök
   *[other] { $count } försök
}
settings-default-time-zone = Tidszon
settings-default-time-zone-hint = För alla som inte har valt sin egen: tiderna på sidorna och när sammanfattningarna kommer.

## People and organisation
nav-people = Personer
nav-my-profile = Min profil
people-title = Personer
people-lead = Alla i organisationen: vem som gör vad och var, och hur du når dem.
people-filters = Filtrera personer
people-search = Namn, befattning eller e-postadress
people-unit = Enhet
people-location = Arbetsort
people-language = Talar
people-skill = Kompetens
people-clear = Rensa filtren
people-empty = Ingen här
people-empty-filtered = Ingen matchar alla de här filtren. Prova med färre.
experts-title = Vem kan…?
experts-lead = Hitta personerna som kan något: först utifrån deras kompetenser, sedan efter hur nyligen de har deltagit.
experts-ask = Vem kan något om…
experts-placeholder = t.ex. SAP, arbetssäkerhet, Python
experts-find = Hitta experter
experts-found = Personer som kan något om ”{ $topic }”
experts-none = Ingen har angett ”{ $topic }” än
experts-none-body = Prova ett bredare ord eller en annan stavning, eller bläddra i personkatalogen.
profile-edit = Redigera profil
profile-vcard = Spara kontakt
profile-contact = Kontakt
profile-phone-work = Arbetstelefon
profile-phone-mobile = Mobil
profile-location = Arbetsort
profile-location-hint = Ditt kontor eller din ort, t.ex. Tammerfors. Andra kan filtrera på den.
profile-start-date = Anställd sedan
profile-reporting = Rapporteringslinje
profile-manager-line = Rapporterar till
profile-reports = { $count ->
    [one] 1 direkt underställd
   *[other] { $count } direkt underställda
}
profile-spaces = Utrymmen
profile-about = Om
profile-skills = Kompetenser och färdigheter
profile-languages = Språk
profile-certificates = Certifikat och licenser
profile-cert-issued = utfärdat { $date }
profile-cert-expires = giltigt till { $date }
profile-cert-expired = gick ut { $date }
profile-posts = Inlägg
profile-edit-title = Redigera profil
profile-edit-lead-own = Det du skriver här hjälper kollegor att hitta dig och veta vad du kan.
profile-edit-lead-other = Du redigerar profilen för { $name }. Ändringen registreras i ändringshistoriken.
profile-photo = Foto
profile-photo-choose = Välj ett foto
profile-photo-hint = JPEG, PNG, WebP eller GIF, högst 8 MB. Bilden beskärs till en kvadrat och inget annat från filen (som var bilden togs) sparas.
profile-photo-upload = Ladda upp
profile-photo-remove = Ta bort foto
profile-basics = Grunduppgifter
profile-no-unit = Ingen enhet
profile-manager = Chef
profile-manager-hint = Personens e-postadress.
profile-locked-hint = Gråmarkerade fält kommer från HR-systemet: be en administratör att ändra dem.
profile-bio = Om mig
profile-bio-hint = Några ord om ditt arbete och vad du kan hjälpa till med. Du kan använda Markdown.
profile-skills-hint = En kompetens per rad, gärna med hur väl du behärskar den. Tomma rader ignoreras.
profile-skill = Kompetens
profile-skill-level = Nivå
profile-language = Språk
profile-language-level = Nivå
profile-certificates-hint = Certifikat, licenser och tillstånd, med datum.
profile-cert-name = Namn
profile-cert-issuer = Utfärdare
profile-cert-issued-on = Utfärdat
profile-cert-expires-on = Giltigt till
profile-more = Fler uppgifter
notice-photo-saved = Ditt foto har sparats.
notice-photo-removed = Fotot har tagits bort.
skill-level-1 = grundläggande
skill-level-2 = god
skill-level-3 = expert
language-level-native = modersmål
language-level-fluent = flytande
language-level-good = god
language-level-basic = grundläggande
language-fi = finska
language-sv = svenska
language-et = estniska
language-nl = nederländska
language-en = engelska
language-de = tyska
language-fr = franska
language-es = spanska
language-it = italienska
language-pt = portugisiska
language-ru = ryska
language-uk = ukrainska
language-pl = polska
language-lt = litauiska
language-lv = lettiska
language-no = norska
language-da = danska
language-is = isländska
language-se = nordsamiska
language-zh = kinesiska
language-ja = japanska
language-ar = arabiska
language-hi = hindi
language-tr = turkiska
error-phone-invalid = Ange telefonnumret med siffror, till exempel +358 40 123 4567.
error-date-invalid = Ange datumet som år-månad-dag, till exempel 2026-03-31.
error-manager-loop = Det skulle bli en slinga i rapporteringslinjen: ingen kan rapportera till någon som själv rapporterar till hen.
error-no-such-unit = Enheten finns inte.
error-field-locked = Det här fältet sköts av administratörer och HR-systemet.
error-field-value-invalid = En av tilläggsuppgifterna har ett värde som inte passar fältets typ.
error-no-such-field = Fältet finns inte.
error-bio-too-long = Håll dig under 4 000 tecken.
error-skill-invalid = En kompetens får vara högst 60 tecken.
error-too-many = Det är fler än vad som är tillåtet här.
error-expiry-before-issue = Ett certifikat kan inte gå ut innan det har utfärdats.
error-photo-invalid = Det här är ingen bild som Kaiku kan använda. Välj ett foto i formatet JPEG, PNG, WebP eller GIF.
error-photo-too-large = Fotot är större än 8 MB.
error-photo-dimensions = Bilden är för bred eller för hög (högst 10 000 pixlar per sida).
org-title = Organisation
org-lead = Organisationens enheter, uppifrån och ned.
org-manage = Hantera enheter
org-empty = Inga enheter än
org-lead-by = leds av { $name }
org-people-count = { $count ->
    [one] 1 person
   *[other] { $count } personer
}
org-path = Plats i organisationen
org-unit-directory = Visa i personkatalogen
org-unit-edit = Redigera enhet
org-unit-lead = Chef
org-unit-children = Underliggande enheter
org-unit-people = Personer
org-unit-no-people = Ingen hör direkt till den här enheten.
orgkind-group = Koncern
orgkind-company = Företag
orgkind-business-unit = Affärsenhet
orgkind-department = Avdelning
orgkind-team = Team
admin-nav-org = Organisation
admin-nav-profile = Profiler
admin-org-title = Organisationens enheter
admin-org-lead = Trädet med företag, affärsenheter, avdelningar och team. Varje person hör till en enhet.
admin-org-add = Lägg till en enhet
admin-org-name = Namn
admin-org-kind = Typ
admin-org-parent = Hör till
admin-org-top = Ingen (högst upp)
admin-org-description = Beskrivning
admin-org-remove = Ta bort
admin-org-remove-confirm = Ta bort den här enheten? Bara tomma enheter kan tas bort.
admin-org-kinds = Enhetstyper
admin-org-kind-new = Ny typ
admin-org-kind-add = Lägg till typ
error-unit-loop = En enhet kan inte höra till sig själv eller till en enhet under den.
error-unit-not-empty = Bara en enhet utan personer och utan underliggande enheter kan tas bort.
error-kind-in-use = Den här typen används fortfarande av några enheter.
admin-profile-title = Profiler
admin-profile-lead = Vad varje profil innehåller och vem som sköter uppgifterna.
admin-profile-locks = Sköts av administratörer
admin-profile-locks-lead = De här uppgifterna kommer från HR-systemet: personerna ser dem i sin profil men kan inte ändra dem.
admin-profile-fields = Tilläggsuppgifter
admin-profile-no-fields = Inga tilläggsuppgifter än.
admin-profile-add = Lägg till ett fält
admin-profile-label = Namn
admin-profile-kind = Typ
admin-profile-choices = Alternativ
admin-profile-choices-hint = För ett val: ett alternativ per rad.
admin-profile-visibility = Vem ser det
admin-profile-self-service = Personerna fyller i det själva
admin-profile-remove-confirm = Ta bort det här fältet från alla profiler?
error-choices-required = Ange minst ett alternativ.
field-kind-text = Text
field-kind-choice = Val
field-kind-date = Datum
field-kind-link = Länk
field-kind-phone = Telefonnummer
field-visibility-everyone = Alla som kan se personen
field-visibility-members = Organisationens medlemmar (inte partner)
field-visibility-private = Bara administratörer och personen själv
lockable-unit = Enhet
lockable-title = Befattning
lockable-manager = Chef
lockable-phones = Telefonnummer
lockable-start-date = Anställningsdatum
user-audit-title = Ändringar gjorda av administratörer
user-audit-empty = Inga ändringar registrerade.
user-audit-create = Konto skapat
user-audit-role = Roll ändrad
user-audit-deactivate = Inaktiverat
user-audit-reactivate = Återaktiverat
user-audit-reset-link = Länk för lösenordsåterställning skapad
user-audit-set-password = Lösenord angivet
user-audit-profile = Profil ändrad
user-audit-photo = Foto ändrat
user-audit-photo-removed = Foto borttaget
user-audit-other = Annan ändring
user-audit-title = Ändringar gjorda av administratörer
user-audit-empty = Inga ändringar registrerade.
user-audit-create = Kontot skapades
user-audit-role = Rollen ändrades
user-audit-deactivate = Inaktiverades
user-audit-reactivate = Aktiverades igen
user-audit-reset-link = Länk för att återställa lösenordet skapades
user-audit-set-password = Lösenordet sattes
user-audit-profile = Profilen ändrades
user-audit-photo = Bilden byttes
user-audit-photo-removed = Bilden togs bort
user-audit-other = Annan ändring

## Search
error-search-too-long = En sökning får vara högst 500 tecken lång.
error-search-type = Välj vad du söker: inlägg, kommentarer, utrymmen, personer eller ämnen.
error-search-space = Utrymmet finns inte, eller så kan du inte se det.
error-search-age = Välj en tidsperiod i listan.
error-search-dates = Startdatumet måste komma före slutdatumet.
search-label = Sök
search-placeholder = Sök personer, utrymmen, inlägg…
search-suggestions = Förslag
search-title = Sök
search-title-for = Sökning: { $query }
search-hint = Sätt ”citattecken” runt en exakt fras och ett minustecken framför ett ord som inte ska finnas med, till exempel -utkast.
search-submit = Sök
search-indexing = Sökindexet byggs fortfarande, så en del träffar kan saknas en liten stund.
search-narrow = Avgränsa resultatet
search-facet-type = Typ
search-facet-space = Utrymme
search-facet-author = Skribent
search-facet-date = Datum
search-facet-any = Visa alla
search-dates = Tidsperiod
search-from = Från
search-to = Till
search-clear = Rensa filtren
search-count = { $count ->
    [0] Inga träffar
    [one] { $count } träff
   *[other] { $count } träffar
}
search-sort = Sortera
search-sort-relevance = Bästa träff
search-sort-newest = Nyast först
search-did-you-mean = Menade du
search-nothing = Inga träffar
search-nothing-narrowed = Inget matchar de här filtren. Prova att rensa dem.
search-nothing-tips = Kontrollera stavningen, prova färre eller mer allmänna ord, eller sök på en del av ett långt ord.
search-start = Vad letar du efter?
search-kind-post = Inlägg
search-kind-comment = Kommentar
search-kind-space = Utrymme
search-kind-person = Person
search-kind-topic = Ämne
search-kinds-post = Inlägg
search-kinds-comment = Kommentarer
search-kinds-space = Utrymmen
search-kinds-person = Personer
search-kinds-topic = Ämnen
search-age-day = Senaste dygnet
search-age-week = Senaste 7 dagarna
search-age-month = Senaste 30 dagarna
search-age-year = Senaste 12 månaderna
search-age-older = Äldre
search-suggest-content = Inlägg och kommentarer
search-suggest-none = Inga förslag än. Tryck på Enter för att söka överallt.
search-suggest-all = Alla träffar för ”{ $query }”

## The wiki

space-nav-wiki = Wiki
wiki-title = Wiki · { $space }
wiki-pages = Sidor
wiki-new = Ny sida
wiki-new-below = Undersida
wiki-new-title = Ny sida
wiki-edit-title = Redigerar ”{ $title }”
wiki-empty = Inga sidor ännu
wiki-empty-write = Börja på utrymmets handbok: rutiner, instruktioner, kontakter – allt man letar efter gång på gång.
wiki-page-empty = Sidan har ingen text ännu.
wiki-updated-by = Ändrad av { $name }
wiki-path = Var sidan finns
wiki-history = Historik
wiki-history-title = Historik för ”{ $title }”
wiki-children = Undersidor
wiki-version = Version { $number }
wiki-current = Aktuell
wiki-delete-confirm = Ta bort sidan? Undersidorna flyttas upp en nivå.
wiki-field-title = Rubrik
wiki-field-parent = Placera under
wiki-parent-top = Wikins översta nivå
wiki-field-body = Text
wiki-field-summary = Vad ändrade du? (valfritt)
wiki-summary-hint = En rad till sidans historik, till exempel ”Uppdaterade semesterdatumen”.
wiki-conflict-theirs = { $name } sparade version { $number } medan du redigerade
wiki-conflict-hint = Din text finns kvar i formuläret nedan. Jämför den med den andra versionen, ta det du behöver och spara igen.
wiki-restored-from = Återställde version { $number }
wiki-then-titled = Hade då rubriken ”{ $title }”
wiki-restore = Återställ den här versionen
wiki-restore-confirm = Göra version { $number } till den aktuella igen? Inget går förlorat: de senare versionerna finns kvar i historiken.
wiki-revision-title = Version { $number }
wiki-first-version = Den första versionen
wiki-changes-since = Ändringar sedan version { $number }
wiki-changes = Ändringar
wiki-no-text-changes = Texten ändrades inte i den här versionen.
wiki-line-added = Tillagt:
wiki-line-removed = Borttaget:
wiki-lines-unchanged = { $count ->
    [one] { $count } oförändrad rad
   *[other] { $count } oförändrade rader
}
notice-wiki-saved = Sidan har sparats.
notice-wiki-deleted = Sidan har tagits bort.
notice-wiki-restored = Den tidigare versionen är aktuell igen.
error-wiki-conflict = Någon sparade en nyare version av sidan medan du arbetade med den, så inget sparades.
error-wiki-gone = Sidan togs bort medan du redigerade den. Din text finns kvar nedan: spara den som en ny sida eller låt bli.
error-wiki-parent = Välj en sida i den här wikin som inte är sidan själv eller en av dess undersidor, högst 8 nivåer ner.
error-wiki-title-too-long = En rubrik får innehålla högst 200 tecken.
error-wiki-body-too-long = En sida får innehålla högst 100 000 tecken.
error-wiki-summary-too-long = Sammanfattningen får innehålla högst 300 tecken.
search-kind-wiki = Wikisida
search-kinds-wiki = Wikisidor
