## Kaiku — Nederlands
## Elk bericht uit het Engelse bronbestand moet hier ook staan (een test controleert dat).

## Navigatie en opmaak
nav-skip = Direct naar de inhoud
nav-main = Hoofdnavigatie
nav-home = Start
nav-account = Account
nav-admin = Beheer
nav-sessions = Sessies
nav-tokens = API-tokens
nav-sign-out = Uitloggen
footer-powered = Mogelijk gemaakt door { $product }
footer-language = Taal
footer-language-apply = Wijzigen
back-to-login = Terug naar inloggen
pager-more = Meer tonen
pager-older = Oudere items
filter-all = Alle
action-save = Wijzigingen opslaan
action-filter = Filteren
action-copy = Kopiëren
action-copied = Gekopieerd!

## Formuliervelden
field-name = Volledige naam
field-name-optional = Naam (optioneel)
field-email = E-mailadres
field-work-email = Zakelijk e-mailadres
field-password = Wachtwoord
field-current-password = Huidig wachtwoord
field-new-password = Nieuw wachtwoord
field-confirm-password = Herhaal het nieuwe wachtwoord
field-job-title = Functie
field-language = Taal
hint-password = Minimaal 10 tekens. Een paar losse, willekeurige woorden vormen een sterk wachtwoord dat je makkelijk onthoudt.

## Rollen en status
role-admin = Beheerder
role-member = Lid
role-guest = Gast (extern)
role-member-desc = Een medewerker: ziet de openbare ruimtes, mensen en het nieuws van de organisatie.
role-guest-desc = Een externe partner: ziet alleen de ruimtes waarvoor die is uitgenodigd.
state-active = Actief
state-deactivated = Gedeactiveerd

## Validatiefouten
error-required = Vul dit veld in.
error-too-long = Dit is te lang.
error-invalid-characters = Dit bevat tekens die niet zijn toegestaan.
error-email-invalid = Voer een e-mailadres in, zoals name@example.com.
error-email-taken = Er bestaat al een account met dit e-mailadres.
error-password-short = Gebruik minimaal 10 tekens.
error-password-mismatch = De wachtwoorden komen niet overeen.
error-password-wrong = Dat is niet je huidige wachtwoord.
error-login-failed = Het e-mailadres of wachtwoord is onjuist.
error-account-deactivated = Dit account is gedeactiveerd. Neem contact op met je beheerder als je toegang nodig hebt.
error-rate-limited = Te veel mislukte inlogpogingen. Wacht { $minutes ->
    [one] een minuut
   *[other] { $minutes } minuten
} en probeer het opnieuw.
error-setup-code = De installatiecode klopt niet. Kopieer de code uit het serverlog.
error-choice-invalid = Kies een van de opties.
error-color-invalid = Kies een kleur in de notatie #RRGGBB.
error-domain-invalid = Voer domeinen in zoals example.com, gescheiden door komma’s.
error-domains-required = Geef minstens één domein op als registratie openstaat voor e-maildomeinen.
error-domain-not-allowed = Registratie staat niet open voor dit e-maildomein. Vraag een beheerder om een uitnodiging.
error-host-invalid = Voer alleen de servernaam in, zoals smtp.example.com.
error-port-invalid = Voer een poortnummer tussen 1 en 65535 in.
error-last-admin = De organisatie moet minstens één actieve beheerder hebben.
error-deactivate-self = Je kunt je eigen account niet deactiveren.
error-mail-not-configured = E-mail is nog niet ingesteld. Vul eerst hieronder de SMTP-instellingen in.
error-cursor-invalid = Deze paginalink is niet meer geldig.
error-limit-range = De paginagrootte moet tussen 1 en 100 liggen.
error-conflict = Dit botst met een wijziging die tegelijkertijd is gedaan. Probeer het opnieuw.
error-from-required = Voer het afzenderadres in dat de SMTP-server accepteert.

## Foutpagina’s
error-home = Naar de startpagina
error-400-title = Er klopte iets niet aan het verzoek
error-400-body = De pagina begreep niet wat er werd verstuurd. Ga terug en probeer het opnieuw.
error-403-title = Je hebt hier geen toegang toe
error-403-body = Je account heeft geen toestemming om deze pagina te openen. Denk je dat dat wel zou moeten? Neem dan contact op met een beheerder.
error-404-title = Pagina niet gevonden
error-404-body = De pagina is misschien verplaatst of verwijderd, of er zit een typfout in de link.
error-409-title = Dat is niet gelukt
error-409-body = De wijziging botst met de huidige situatie. Vernieuw de pagina en probeer het opnieuw.
error-413-title = Dat was te groot
error-413-body = Wat je hebt verstuurd, is groter dan Kaiku accepteert. Probeer iets kleiners.
error-429-title = Rustig aan
error-429-body = Te veel verzoeken in korte tijd. Wacht even en probeer het opnieuw.
error-500-title = Er ging bij ons iets mis
error-500-body = De fout is vastgelegd. Probeer het zo nog eens.
error-405-title = Dat kan hier niet
error-405-body = Deze pagina accepteert dit soort verzoeken niet. Ga terug en gebruik de knoppen op de pagina zelf.

## API-fouten
problem-unauthenticated = Een geldig persoonlijk toegangstoken is vereist: stuur het mee als “Authorization: Bearer <token>”.
problem-not-found = Niet gevonden, of je hebt er geen toegang toe.
problem-forbidden = Je hebt geen toestemming om dit te doen.
problem-invalid = Sommige waarden zijn ongeldig.
problem-rate-limited = Te veel verzoeken. Probeer het later opnieuw.
problem-internal = Er ging iets mis op de server. Probeer het later opnieuw.

## Bevestigingen
notice-signed-out = Je bent uitgelogd.
notice-password-changed = Je wachtwoord is gewijzigd. Je andere sessies zijn uitgelogd en je API-tokens zijn ingetrokken.
notice-password-reset = Je wachtwoord is opnieuw ingesteld. Log in met je nieuwe wachtwoord.
notice-profile-saved = Je wijzigingen zijn opgeslagen.
notice-language-saved = Taal opgeslagen.
notice-session-revoked = De sessie is uitgelogd.
notice-token-revoked = Het token is ingetrokken.
notice-settings-saved = Instellingen opgeslagen.
notice-user-deactivated = Het account is gedeactiveerd en overal uitgelogd.
notice-user-reactivated = Het account is weer actief.
notice-role-changed = De rol is gewijzigd.
notice-invitation-revoked = De uitnodiging is ingetrokken.
notice-request-rejected = De aanvraag is afgewezen en de aanvrager is op de hoogte gebracht.
notice-test-mail-queued = Er is een testbericht onderweg naar je adres.
notice-welcome = Welkom bij Kaiku!

## Installatie
setup-title = Je organisatie instellen
setup-lead = Maak de organisatie en de eerste beheerder aan. Deze pagina is alleen beschikbaar totdat de installatie is voltooid.
setup-org-name = Naam van de organisatie
setup-org-name-hint = Wordt bovenaan elke pagina en in e-mails getoond. Je kunt de naam later wijzigen.
setup-admin = Je beheerdersaccount
setup-code = Installatiecode
setup-code-hint = Staat in het serverlog wanneer Kaiku start, bijv. ABCD-EFGH-JKLM-NPQR.
setup-submit = Organisatie aanmaken

## Inloggen
login-title = Inloggen
login-remember = Ingelogd blijven op dit apparaat
login-submit = Inloggen
login-forgot = Wachtwoord vergeten?
login-register = Account aanvragen

## Wachtwoord opnieuw instellen
forgot-title = Wachtwoord opnieuw instellen
forgot-lead = Voer je e-mailadres in, dan sturen we je een link waarmee je een nieuw wachtwoord kunt kiezen.
forgot-submit = Resetlink versturen
forgot-sent = Als er een account bij dit adres hoort, is er een resetlink onderweg. De link is een uur geldig.
forgot-sent-hint = Na een paar minuten nog geen e-mail? Kijk in je spammap of vraag een beheerder om een resetlink.
reset-title = Kies een nieuw wachtwoord
reset-invalid = Deze resetlink is verlopen of al gebruikt.
reset-request-new = Nieuwe link aanvragen
reset-submit = Nieuw wachtwoord instellen

## Uitnodigingen en registratie
invite-page-title = Uitnodiging
invite-title = Word lid van { $org }
invite-lead = Je bent uitgenodigd met het adres { $email }. Kies je naam en een wachtwoord om af te ronden.
invite-guest-note = Je doet mee als externe gast: je ziet de ruimtes waarvoor je bent uitgenodigd.
invite-submit = Mijn account aanmaken
invite-invalid-title = Deze uitnodiging kan niet worden gebruikt
invite-invalid = De link is verlopen, ingetrokken of al gebruikt. Vraag degene die je heeft uitgenodigd om een nieuwe.
signup-title = Account aanvragen
signup-closed = Accounts worden alleen op uitnodiging aangemaakt. Vraag een beheerder van je organisatie om je uit te nodigen.
signup-lead-domains = Iedereen met een e-mailadres op { $domains } kan lid worden. We sturen je een link om je adres te bevestigen.
signup-lead-approval = Vertel ons wie je bent. Een beheerder beoordeelt elke aanvraag en je hoort de beslissing per e-mail.
signup-message = Bericht aan de beheerders
signup-message-hint = Optioneel: je team, je rol of wie je hierheen heeft gestuurd.
signup-submit = Bevestigingslink versturen
signup-submit-request = Aanvraag versturen
signup-sent = Kijk in je inbox: als het adres lid kan worden, is er een link onderweg om je account aan te maken. De link is 24 uur geldig.
signup-requested = Bedankt! Je aanvraag is naar de beheerders gestuurd. Je hoort per e-mail van ons.

## Start
home-title = Welkom, { $name }
home-lead = Dit is { $org } op Kaiku.
home-figures = De organisatie in cijfers
home-kpi-people = Mensen
home-kpi-active = Actief
home-kpi-guests = Gasten
home-kpi-requests = Openstaande aanvragen
home-steps-title = Aan de slag
home-step-done = klaar
home-step-created = Organisatie aangemaakt
home-step-created-body = Je organisatie bestaat en jij bent de beheerder.
home-step-settings = Instellingen nalopen
home-step-mail = E-mail instellen
home-step-mail-body = Kaiku verstuurt uitnodigingen en wachtwoordresets per e-mail zodra je SMTP-server is ingesteld.
home-step-mail-action = E-mail configureren
home-step-brand = Geef het je eigen stijl
home-step-brand-body = Kies de accentkleur en de standaardtaal van je organisatie.
home-step-brand-action = Huisstijl openen
home-step-invite = Nodig je collega’s uit
home-step-invite-body = Verstuur uitnodigingen per e-mail, of stel registratie open voor het e-maildomein van je bedrijf.
home-step-invite-action = Mensen uitnodigen
home-account-title = Je account
home-active-sessions = Actieve sessies
home-api-tokens = API-tokens
home-edit-profile = Profiel bewerken

## Account
account-title = Je account
account-nav-profile = Profiel
account-nav-password = Wachtwoord
account-nav-sessions = Sessies
account-nav-tokens = API-tokens
account-nav-logins = Inloggeschiedenis
account-role = Rol
account-member-since = Lid sinds
account-language-browser = Zelfde als mijn browser
account-language-hint = De taal van de pagina’s van Kaiku en van de e-mails die je ontvangt.
password-title = Wachtwoord wijzigen
password-lead = Na de wijziging worden je andere sessies uitgelogd en werken je API-tokens niet meer.
password-submit = Wachtwoord wijzigen
sessions-title = Sessies
sessions-lead = Apparaten waarop je bent ingelogd. Log uit op apparaten die je niet herkent.
sessions-this = Dit apparaat
sessions-remembered = Blijft ingelogd
sessions-ip = IP { $ip }
sessions-last-seen = laatst actief { $time }
sessions-started = ingelogd { $time }
sessions-revoke = Uitloggen
sessions-revoke-all = Overal uitloggen
sessions-revoke-all-confirm = Op alle apparaten uitloggen, ook op dit apparaat?
tokens-title = API-tokens
tokens-lead = Met persoonlijke toegangstokens kunnen scripts en integraties de Kaiku-API namens jou gebruiken.
tokens-new = Nieuw token
tokens-label = Label
tokens-label-hint = Waar het token voor is, bijv. “HR-sync” of “Mijn script”.
tokens-expiry = Verloopt
tokens-days = { $days ->
    [one] over { $days } dag
   *[other] over { $days } dagen
}
tokens-never = Nooit
tokens-create = Token aanmaken
tokens-created = Je nieuwe token:
tokens-created-once = Kopieer het nu. Het wordt niet nog een keer getoond.
tokens-yours = Je tokens
tokens-empty = Nog geen tokens
tokens-empty-body = Maak er een aan wanneer een script of integratie de API moet gebruiken.
tokens-expired = Verlopen
tokens-created-at = aangemaakt { $time }
tokens-expires-at = verloopt { $time }
tokens-no-expiry = verloopt nooit
tokens-last-used = laatst gebruikt { $time }
tokens-never-used = nooit gebruikt
tokens-revoke = Intrekken
tokens-revoke-confirm = Dit token intrekken? Alles wat het gebruikt, werkt meteen niet meer.
logins-title = Inloggeschiedenis
logins-lead = Recente pogingen om in te loggen op je account. Meld alles wat je niet herkent bij een beheerder.
logins-empty = Nog geen inlogpogingen
logins-col-time = Tijd
logins-col-person = Persoon
logins-col-outcome = Resultaat
logins-col-ip = IP-adres
logins-col-agent = Browser
outcome-success = Ingelogd
outcome-failed = Mislukt
outcome-rate-limited = Geblokkeerd (te veel pogingen)
outcome-deactivated = Geweigerd (gedeactiveerd)

## Beheer
admin-nav-users = Mensen
admin-nav-invitations = Uitnodigingen
admin-nav-requests = Aanvragen
admin-nav-settings = Instellingen
admin-nav-login-log = Inloglogboek
admin-actions = Acties
admin-users-title = Mensen
admin-users-search = Zoeken
admin-users-role = Rol
admin-users-state = Status
admin-users-col-person = Persoon
admin-users-col-joined = Lid sinds
admin-users-empty = Geen resultaten
admin-users-empty-body = Probeer een andere zoekopdracht of wis de filters.
admin-invite-people = Mensen uitnodigen
admin-user-details = Gegevens
admin-user-change-role = Rol wijzigen
admin-user-access = Toegang
admin-user-reset-hint = Maak een eenmalige link waarmee deze persoon een nieuw wachtwoord kan kiezen. Geef de link persoonlijk of telefonisch door. De link is 24 uur geldig.
admin-user-reset-link = Resetlink voor wachtwoord aanmaken
admin-reset-link-created = Resetlink voor wachtwoord (wordt één keer getoond, 24 uur geldig):
admin-user-deactivate-hint = Deactiveren logt de persoon overal uit en trekt diens API-tokens in. Wat de persoon heeft geschreven, blijft staan.
admin-user-deactivate = Account deactiveren
admin-user-deactivate-confirm = { $name } deactiveren? Deze persoon wordt meteen overal uitgelogd.
admin-user-reactivate = Account opnieuw activeren
admin-user-logins = Recente inlogpogingen
admin-invitations-title = Uitnodigingen
admin-invitations-lead = Nodig collega’s en partners uit per e-mail. Een uitnodiging is zeven dagen geldig.
admin-invite-send = Uitnodiging versturen
admin-invitation-mailed = De uitnodiging is verstuurd. Je kunt ook deze link delen:
admin-invitation-not-mailed = E-mail is niet ingesteld, dus er is niets verstuurd. Deel deze link zelf met de persoon:
admin-mail-not-configured = E-mail is niet ingesteld: uitnodigingen worden niet automatisch verstuurd, maar je kunt de links wel delen.
admin-configure-mail = E-mail instellen
admin-invitations-recent = Recente uitnodigingen
admin-invitations-empty = Nog geen uitnodigingen
admin-invitation-state = Status
admin-invitation-sent = Verstuurd
admin-invitation-revoke = Intrekken
invitation-open = In afwachting
invitation-accepted = Geaccepteerd
invitation-revoked = Ingetrokken
invitation-expired = Verlopen
admin-requests-title = Aanvragen voor een account
admin-requests-lead = Mensen die een account hebben aangevraagd. Als je een aanvraag goedkeurt, krijgt de aanvrager een uitnodigingslink.
admin-requests-empty = Geen openstaande aanvragen
admin-requests-mode-off = Registratie via aanvraag staat uit, dus er komen geen nieuwe aanvragen binnen.
admin-request-approve = Goedkeuren
admin-request-reject = Afwijzen
admin-request-reject-confirm = Deze aanvraag afwijzen? De aanvrager krijgt hierover een e-mail.
admin-request-approved-mailed = Goedgekeurd. Er is een uitnodiging verstuurd; je kunt ook deze link delen:
admin-request-approved-not-mailed = Goedgekeurd. E-mail is niet ingesteld, dus deel deze uitnodigingslink zelf met de persoon:
admin-settings-title = Instellingen
settings-organisation = Organisatie
settings-accent = Accentkleur
settings-accent-hint = Wordt gebruikt voor knoppen, links en accenten.
settings-default-language = Standaardtaal
settings-default-language-hint = Wordt gebruikt als de persoon zelf noch diens browser om een beschikbare taal vraagt.
settings-registration = Registratie
settings-registration-mode = Wie kan een account aanmaken
settings-mode-closed = Alleen op uitnodiging
settings-mode-closed-desc = Alleen mensen die door een beheerder zijn uitgenodigd, kunnen lid worden.
settings-mode-domains = Iedereen met een zakelijk e-mailadres
settings-mode-domains-desc = Mensen met een adres op een van de onderstaande domeinen kunnen lid worden nadat ze hun adres hebben bevestigd.
settings-mode-approval = Iedereen kan een aanvraag doen, een beheerder keurt goed
settings-mode-approval-desc = Aanvragen wachten op de beslissing van een beheerder.
settings-domains = Toegestane e-maildomeinen
settings-domains-hint = Bijvoorbeeld: example.com, example.fi
settings-mail = E-mail (SMTP)
settings-mail-configured = E-mail is ingesteld: Kaiku verstuurt uitnodigingen, wachtwoordresets en meldingen.
settings-mail-not-configured = E-mail is niet ingesteld: er wordt niets verstuurd totdat je de SMTP-server invult.
settings-smtp-host = SMTP-server
settings-smtp-port = Poort
settings-smtp-security = Verbindingsbeveiliging
settings-smtp-starttls = STARTTLS (port 587)
settings-smtp-tls = TLS (port 465)
settings-smtp-none = Geen (alleen voor een vertrouwde lokale relayserver)
settings-smtp-username = Gebruikersnaam
settings-smtp-password = Wachtwoord
settings-smtp-password-set = Er is een wachtwoord opgeslagen. Laat dit veld leeg om het te behouden.
settings-smtp-password-unset = Geen wachtwoord opgeslagen.
settings-smtp-password-clear = Opgeslagen wachtwoord verwijderen
settings-smtp-from = Afzender
settings-smtp-from-hint = Bijvoorbeeld: Intranet <intranet@example.com>
settings-test-mail = Testbericht versturen
settings-test-mail-hint = Stuurt een bericht naar je eigen adres met de opgeslagen instellingen.
settings-logo = Logo
settings-logo-current = Huidig logo
settings-logo-upload = Nieuw logo uploaden
settings-logo-hint = PNG, JPEG, WebP of GIF, maximaal 512 kB. Een vierkante afbeelding werkt het best.
settings-logo-save = Logo uploaden
settings-logo-remove = Logo verwijderen
error-logo-type = Kies een PNG-, JPEG-, WebP- of GIF-afbeelding.
error-logo-too-large = De afbeelding is groter dan 512 kB.
admin-login-log-title = Inloglogboek
admin-login-log-lead = Alle inlogpogingen in de organisatie, nieuwste eerst.

## E-mail
mail-greeting = Hallo { $name },
mail-greeting-plain = Hallo,
mail-footer = Dit bericht is verstuurd door het intranet van { $org }.
mail-reset-subject = Je wachtwoord voor { $org } opnieuw instellen
mail-reset-body = Iemand heeft gevraagd om het wachtwoord van je account opnieuw in te stellen. Gebruik de link hieronder om een nieuw wachtwoord te kiezen. De link werkt één keer en is een uur geldig.
mail-reset-ignore = Heb je hier niet om gevraagd? Dan kun je dit bericht negeren: je wachtwoord blijft ongewijzigd.
mail-reset-action = Kies een nieuw wachtwoord
mail-invite-subject = Je bent uitgenodigd voor { $org }
mail-invite-body = { $inviter } heeft je uitgenodigd voor het intranet van { $org }.
mail-invite-expiry = De uitnodiging is zeven dagen geldig.
mail-invite-action = Uitnodiging accepteren
mail-signup-subject = Bevestig je adres om lid te worden van { $org }
mail-signup-body = Gebruik de link hieronder om je account aan te maken op het intranet van { $org }. De link is 24 uur geldig. Heb je hier niet om gevraagd? Dan kun je dit bericht negeren.
mail-signup-action = Mijn account aanmaken
mail-approved-subject = Je aanvraag voor { $org } is goedgekeurd
mail-approved-body = Goed nieuws: je aanvraag voor toegang tot het intranet van { $org } is goedgekeurd. Gebruik de link hieronder om je account aan te maken.
mail-rejected-subject = Je aanvraag voor { $org }
mail-rejected-body = Je aanvraag voor toegang tot het intranet van { $org } is niet goedgekeurd. Denk je dat dit een vergissing is? Neem dan rechtstreeks contact op met de organisatie.
mail-test-subject = Testbericht van { $org }
mail-test-body = E-mail van Kaiku werkt. Je kunt dit bericht sluiten.

## Ruimtes en partners (organisatie-instellingen)
settings-spaces = Ruimtes en partners
settings-space-creation = Wie kan ruimtes aanmaken
settings-space-creation-everyone = Alle leden
settings-space-creation-everyone-desc = Medewerkers kunnen ruimtes starten voor hun teams, projecten en interesses. Gasten kunnen dat nooit.
settings-space-creation-admins = Alleen beheerders
settings-space-creation-admins-desc = Leden vragen een beheerder om een ruimte voor hen aan te maken.
settings-guests-enabled = Gastaccounts voor externe partners toestaan
settings-guests-enabled-hint = Als dit uitstaat, kan niemand gasten uitnodigen en kunnen bestaande gasten niet inloggen.
error-guests-disabled = Gastaccounts zijn uitgeschakeld voor deze organisatie.
outcome-guests-disabled = Geweigerd (gastaccounts uitgeschakeld)

## Fouten bij ruimtes
error-slug-invalid = Gebruik 2–60 kleine letters (a–z), cijfers en streepjes, bijvoorbeeld “hr-team”.
error-slug-taken = Een andere ruimte gebruikt dit adres al.
error-space-has-guests = Verwijder de gasten uit deze ruimte voordat je de ruimte alleen intern maakt.
error-confirm-name = Typ ter bevestiging de naam van de ruimte precies over.
error-last-owner = Een ruimte heeft een eigenaar nodig: maak eerst iemand anders eigenaar.
error-remove-owner = Eigenaren kunnen niet worden verwijderd. Vraag de eigenaar eerst om de rol neer te leggen of over te dragen.
error-no-such-person = Niemand in de organisatie heeft dit e-mailadres.
error-person-deactivated = Het account van deze persoon is gedeactiveerd.
error-space-internal = Deze ruimte is alleen intern: je kunt er geen gasten aan toevoegen.
error-already-member = Deze persoon is al lid.
error-email-taken-invite-instead = Deze persoon heeft al een account: nodig diegene in plaats daarvan uit als collega.
error-space-archived = Deze ruimte is gearchiveerd en kan alleen worden gelezen.
error-guest-role = Gasten doen mee als lid; ze kunnen geen moderator of eigenaar worden.
error-transfer-self = Kies een ander lid om de ruimte aan over te dragen.
mail-partner-subject = Je bent uitgenodigd voor { $space } bij { $org }
mail-partner-body = { $inviter } heeft je uitgenodigd om deel te nemen aan de ruimte { $space }. Je doet mee als externe gast en ziet alleen wat met je wordt gedeeld.

## Ruimtes
nav-spaces = Ruimtes
badge-external = Extern
action-cancel = Annuleren
action-change = Wijzigen
spaces-title = Ruimtes
spaces-lead = Teams, projecten, interessegroepen en samenwerkingen met partners, elk met eigen leden.
spaces-create = Ruimte aanmaken
spaces-invitations = Uitnodigingen voor jou
spaces-invited-by = Uitgenodigd door { $name }
spaces-accept = Lid worden
spaces-decline = Afslaan
spaces-filter = Ruimtes tonen
spaces-scope-all = Alle
spaces-scope-mine = Mijn ruimtes
spaces-scope-public = Openbaar
spaces-scope-private = Privé
spaces-scope-archived = Gearchiveerd
spaces-search = Ruimtes zoeken
spaces-empty = Hier zijn nog geen ruimtes
spaces-empty-body = Maak een ruimte aan voor je team of project, of probeer een ander filter.
space-member-count = { $count ->
    [one] { $count } lid
   *[other] { $count } leden
}
space-visibility-public = Openbaar
space-visibility-private = Privé
space-visibility-secret = Geheim
space-visibility-public-desc = Iedereen in de organisatie ziet de ruimte en de inhoud ervan, en kan lid worden.
space-visibility-private-desc = Voor iedereen zichtbaar in de lijst; alleen leden zien de inhoud. Anderen kunnen vragen om lid te worden.
space-visibility-secret-desc = Alleen leden weten dat de ruimte bestaat. Lid worden kan alleen op uitnodiging.
space-role-owner = Eigenaar
space-role-moderator = Moderator
space-role-member = Lid
space-archived = Gearchiveerd
space-internal-only = Alleen intern
space-new-title = Een ruimte aanmaken
space-new-lead = Een ruimte brengt mensen samen rond een team, project of onderwerp. Jij wordt de eigenaar.
space-field-name = Naam
space-field-slug = Adres
space-field-slug-hint = Het laatste deel van het webadres van de ruimte. Laat je dit leeg, dan wordt het uit de naam gemaakt.
space-field-description = Beschrijving
space-field-visibility = Wie kan de ruimte zien
space-field-color = Kleur
space-color-n = Kleur { $n }
space-field-posting = Wie kan berichten plaatsen
space-posting-members = Alle leden
space-posting-members-desc = Iedereen in de ruimte doet mee.
space-posting-moderators = Alleen moderators
space-posting-moderators-desc = Voor aankondigingen: leden lezen mee en reageren.
space-field-guests = Gasten (externe partners) mogen worden uitgenodigd
space-field-notifications = Standaardmeldingen voor leden
space-field-notifications-hint = Waarover nieuwe leden een melding krijgen; iedereen kan dit zelf aanpassen.
space-notify-all = Alle nieuwe berichten
space-notify-mentions = Alleen als ze zelf worden genoemd
space-notify-muted = Niets
space-nav-about = Over
space-nav-members = Leden
space-nav-requests = Aanvragen
space-nav-settings = Instellingen
space-about = Over deze ruimte
space-no-description = Nog geen beschrijving.
space-created = Aangemaakt
space-archived-note = Deze ruimte is gearchiveerd: alles blijft leesbaar, maar er kan niets nieuws worden toegevoegd.
space-join = Lid worden van de ruimte
space-leave = Ruimte verlaten
space-leave-confirm = Deze ruimte verlaten?
space-request = Lidmaatschap aanvragen
space-request-message = Bericht aan de moderators (optioneel)
space-request-pending = Je hebt gevraagd om lid te worden. Een moderator beslist hierover.
space-withdraw = Aanvraag intrekken
space-all-members = Alle leden tonen
space-members-hidden = Alleen leden zien wie er in deze ruimte zitten.
space-members-title = Leden van { $space }
space-requests-title = Lidmaatschapsaanvragen voor { $space }
space-settings-title = Instellingen van { $space }
space-invite-colleague = Een collega uitnodigen
space-invite-colleague-hint = Het zakelijke e-mailadres van je collega. De uitnodiging verschijnt bij Ruimtes.
space-invite = Uitnodigen
space-invite-partner = Een externe partner uitnodigen
space-invite-partner-hint = De partner krijgt een e-mail om een gastaccount aan te maken en ziet alleen de ruimtes waarvoor die is uitgenodigd.
space-invite-partner-send = Uitnodiging versturen
space-col-role = Rol in de ruimte
space-col-joined = Lid sinds
space-remove = Verwijderen
space-remove-confirm = { $name } uit deze ruimte verwijderen?
space-transfer = Eigenaarschap overdragen
space-transfer-confirm = Eigenaarschap overdragen aan { $name }? Je wordt zelf moderator.
space-archive-title = Archiveren
space-archive-hint = Een gearchiveerde ruimte kan alleen nog worden gelezen. Leden kunnen alles nog steeds vinden en lezen.
space-archive = Ruimte archiveren
space-unarchive-hint = De ruimte is gearchiveerd. Haal de ruimte uit het archief, zodat leden weer kunnen meedoen.
space-unarchive = Ruimte uit archief halen
space-delete-title = Ruimte verwijderen
space-delete-hint = Verwijderen wist de ruimte en alles erin voorgoed. Dit kan niet ongedaan worden gemaakt.
space-delete-confirm-label = Typ ter bevestiging de naam “{ $name }”
space-delete = Ruimte definitief verwijderen
space-history = Geschiedenis
space-history-empty = Nog geen wijzigingen vastgelegd.
space-audit-create = Ruimte aangemaakt
space-audit-settings = Instellingen gewijzigd
space-audit-archive = Gearchiveerd
space-audit-unarchive = Uit archief gehaald
space-audit-join = Lid geworden
space-audit-leave = Vertrokken
space-audit-request = Lidmaatschap aangevraagd
space-audit-request-approved = Aanvraag goedgekeurd
space-audit-request-rejected = Aanvraag afgewezen
space-audit-invite = Collega uitgenodigd
space-audit-invite-partner = Partner uitgenodigd
space-audit-invitation-accepted = Uitnodiging geaccepteerd
space-audit-add-member = Lid toegevoegd
space-audit-remove-member = Lid verwijderd
space-audit-role = Rol gewijzigd
space-audit-transfer = Eigenaarschap overgedragen
space-audit-other = Wijziging
notice-space-created = Je ruimte is klaar. Nodig mensen uit via Leden.
notice-space-joined = Welkom in de ruimte!
notice-space-left = Je hebt de ruimte verlaten.
notice-space-requested = Je aanvraag is naar de moderators van de ruimte gestuurd.
notice-space-withdrawn = Je aanvraag is ingetrokken.
notice-space-invited = De uitnodiging is verstuurd.
notice-invitation-declined = Je hebt de uitnodiging afgeslagen.
notice-member-removed = Het lid is verwijderd.
notice-ownership-transferred = Het eigenaarschap is overgedragen.
notice-request-approved = De aanvraag is goedgekeurd.
notice-space-archived = De ruimte is gearchiveerd.
notice-space-unarchived = De ruimte is weer actief.
notice-space-deleted = De ruimte is verwijderd.

## Startpagina: ruimtes
home-spaces-title = Jouw ruimtes
home-spaces-all = Alle ruimtes
home-spaces-empty = Je bent nog geen lid van een ruimte.
home-spaces-browse = Ruimtes bekijken
home-spaces-more = Al je ruimtes tonen
home-space-invitations = { $count ->
    [one] Je hebt een uitnodiging voor een ruimte.
   *[other] Je hebt { $count } uitnodigingen voor ruimtes.
}

## Tijdlijn
home-aside = Jouw ruimtes en account
stream-title = Berichten
stream-empty = Hier is nog niets
stream-empty-home = Hier verschijnen berichten uit je ruimtes en updates van je collega’s. Schrijf het eerste bericht!
stream-empty-space = Nog geen berichten in deze ruimte. Begin het gesprek!
stream-older = Oudere berichten tonen
post-title = Bericht
post-compose-profile = Deel een update met je collega’s…
post-compose-space = Schrijf iets in { $space }…
post-send = Plaatsen
post-preview = Voorbeeld
post-write = Schrijven
mention-suggestions = Personen om te noemen
post-markdown-hint = Je kunt Markdown gebruiken: **vet**, *cursief*, lijsten, `code`, links.
post-moderators-only = In deze ruimte plaatsen alleen moderators berichten; iedereen kan reageren.
post-edited = bewerkt
post-delete-confirm = Dit bericht en de reacties erop verwijderen?
post-comment-count = { $count ->
    [0] Geen reacties
    [one] 1 reactie
   *[other] { $count } reacties
}
post-show-all-comments = { $count ->
    [one] De reactie tonen
   *[other] Alle { $count } reacties tonen
}
post-comments = Reacties
post-edit-title = Bericht bewerken
post-field-body = Tekst
post-error-title = Het bericht is niet geplaatst
post-error-kept = Hier staat wat je hebt geschreven, dus er gaat niets verloren. Kopieer het, ga terug en probeer het opnieuw.
post-error-back = Ga terug
post-history-title = Bewerkingsgeschiedenis
post-history-back = Terug naar het bericht
post-history-current = Huidige versie
post-history-before = Vóór de bewerking van { $time }
comment-write = Schrijf een reactie…
comment-send = Reageren
comment-reply = Beantwoorden
comment-edit-title = Reactie bewerken
comment-delete-confirm = Deze reactie en de antwoorden erop verwijderen?
action-edit = Bewerken
action-delete = Verwijderen
reaction-like = Vind ik leuk
reaction-thanks = Bedankt
reaction-celebrate = Hoera
reaction-insightful = Inzichtelijk
post-reactors = Wie heeft gereageerd
reaction-funny = Grappig
notice-post-saved = Je wijzigingen zijn opgeslagen.
notice-post-deleted = Het bericht is verwijderd.
error-post-too-long = Een bericht mag maximaal 10.000 tekens bevatten.
error-comment-too-long = Een reactie mag maximaal 5.000 tekens bevatten.
error-no-such-comment = Die reactie bestaat niet meer.
error-reaction-unknown = Onbekende emoji-reactie.
stream-new-posts = { $count ->
    [one] 1 nieuw bericht – tonen
   *[other] { $count } nieuwe berichten – tonen
}

stream-filter = Berichten tonen
stream-show-all = Alles
stream-show-spaces = Mijn ruimtes
stream-show-mentions = Vermeldingen van mij
stream-show-saved = Bewaard
stream-empty-mentions = Nog niemand heeft je vermeld. Als iemand @ en je naam schrijft, verschijnt het bericht hier.
stream-empty-saved = Je hebt nog geen berichten bewaard. Kies ‘Bewaren’ bij een bericht om het hier later terug te vinden.
stream-empty-topic = Er zijn nog geen berichten met dit onderwerp die je kunt zien.
post-pinned = Vastgezet
post-pin = Vastzetten
post-unpin = Losmaken
post-save = Bewaren
post-unsave = Bewaard ✓
post-unreachable-mentions = Niet op de hoogte gebracht, omdat ze dit bericht niet kunnen zien: { $names }
topic-lead = Berichten met dit onderwerp die je kunt zien, nieuwste eerst.

## Announcements and reports
notice-announced = Het bericht staat nu als mededeling op ieders startpagina.
notice-unannounced = Het bericht is geen mededeling meer.
notice-reported = Bedankt. De moderators bekijken je melding.
notice-report-resolved = De melding is afgehandeld.
post-announce = Aan iedereen mededelen
post-unannounce = Mededeling stoppen
post-report = Melden
report-title = Melden
report-lead = Vertel de moderators wat er mis is. Alleen zij zien je melding.
report-reason = Wat is het probleem?
report-send = Melding versturen
reports-title = Meldingen
reports-lead = Berichten en reacties die gemeld zijn op plekken die jij modereert.
reports-empty = Geen openstaande meldingen
reports-by = gemeld door { $name }
reports-reason = Reden:
reports-open = Openen in context
reports-remove = Verwijderen
reports-remove-confirm = De gemelde inhoud verwijderen?
reports-dismiss = Behouden
announcements-title = Mededeling
announcements-dismiss = Verbergen
error-announce-audience = Alleen berichten die de hele organisatie kan zien, kunnen een mededeling worden.

## Following
follow-start = Volgen
follow-stop = Ontvolgen
following-title = Gevolgd
following-lead = Mensen, ruimtes en onderwerpen waarvan de berichten op je startpagina komen. Je eigen ruimtes volg je ook, tenzij je ze ontvolgt.
following-empty = Je volgt nog niets extra
following-empty-body = Volg mensen, ruimtes en onderwerpen vanaf hun pagina.
following-person = Persoon
following-space = Ruimte
following-topic = Onderwerp
stream-show-following = Gevolgd
stream-empty-following = Nog niets van de mensen, ruimtes en onderwerpen die je volgt.
stream-empty-person = Nog geen berichten die je kunt zien.
error-follow-self = Je kunt jezelf niet volgen.

## Notifications
notif-bell = Meldingen
notif-bell-unread = { $count ->
    [one] Meldingen, 1 ongelezen
   *[other] Meldingen, { $count } ongelezen
}
notif-title = Meldingen
notif-read-all = Alles als gelezen markeren
notif-unread = Ongelezen
notif-unread-one = ongelezen
notif-empty = Nog geen meldingen
notif-empty-unread = Je bent helemaal bij
notif-empty-body = Hier verschijnen vermeldingen, reacties, antwoorden en verzoeken die jou aangaan.
notice-all-read = Alle meldingen zijn als gelezen gemarkeerd.
notif-someone = Iemand
notif-mention = { $actor } heeft je vermeld
notif-comment-own = { $others ->
    [0] { $actor } reageerde op je bericht
    [one] { $actor } en nog iemand reageerden op je bericht
   *[other] { $actor } en { $others } anderen reageerden op je bericht
}
notif-comment = { $others ->
    [0] { $actor } reageerde in een gesprek dat je volgt
    [one] { $actor } en nog iemand reageerden in een gesprek dat je volgt
   *[other] { $actor } en { $others } anderen reageerden in een gesprek dat je volgt
}
notif-reaction = { $others ->
    [0] { $actor } reageerde met een emoji op je bericht
    [one] { $actor } en nog iemand reageerden met een emoji op je bericht
   *[other] { $actor } en { $others } anderen reageerden met een emoji op je bericht
}
notif-space-post = { $count ->
    [one] { $actor } plaatste een bericht in { $space }
   *[other] { $count } nieuwe berichten in { $space }
}
notif-added = { $actor } heeft je toegevoegd aan { $space }
notif-invitation = { $actor } heeft je uitgenodigd voor { $space }
notif-join-request = { $others ->
    [0] { $actor } wil lid worden van { $space }
    [one] { $actor } en nog iemand willen lid worden van { $space }
   *[other] { $actor } en { $others } anderen willen lid worden van { $space }
}
notif-request-approved = Je verzoek om lid te worden van { $space } is goedgekeurd
notif-request-declined = Je verzoek om lid te worden van { $space } is afgewezen
notif-role-changed = Je rol in { $space } is nu: { $role }
notif-announcement = { $actor } deed een mededeling aan iedereen

## Notification settings
account-nav-notifications = Meldingen
notif-settings-title = Meldingsinstellingen
notif-settings-lead = Kies waarover je iets wilt horen, en hoe. Alles behalve ‘Uit’ verschijnt ook onder de bel.
notif-settings-no-mail = E-mail is in deze organisatie nog niet ingesteld, dus voorlopig komt alles alleen in Kaiku binnen.
notif-settings-kinds = Waarover je meldingen krijgt
notif-settings-what = Wat
notif-settings-how = Hoe
notif-settings-digests = Overzichten
notif-settings-digests-lead = Een overzicht bundelt wat je nog niet hebt gelezen in één e-mail, per ruimte. Is er niets nieuws, dan wordt er niets verstuurd.
notif-digest-hour = Tijdstip van de overzichten
notif-digest-weekday = Dag van het weekoverzicht
field-time-zone = Tijdzone
time-zone-hint = Tijden in Kaiku en in je overzichten volgen deze tijdzone.
time-zone-org-default = Die van de organisatie ({ $zone })
notice-notifications-saved = Je meldingsinstellingen zijn opgeslagen.
error-time-zone-invalid = Kies een tijdzone uit de lijst.
notif-kind-mention = Vermeldingen van mij
    .hint = Iemand noemt je met @ in een bericht of reactie.
notif-kind-comment = Reacties in mijn gesprekken
    .hint = Reacties op je berichten en in gesprekken waaraan je deelneemt of die je volgt.
notif-kind-reaction = Emoji-reacties op mijn berichten
    .hint = Likes, bedankjes en andere reacties, per bericht gebundeld.
notif-kind-space-post = Nieuwe berichten in mijn ruimtes
    .hint = Alleen uit ruimtes waar je ‘Elk nieuw bericht’ hebt gekozen.
notif-kind-announcement = Mededelingen
    .hint = Wat de organisatie aan iedereen meedeelt.
notif-kind-invitation = Uitnodigingen voor ruimtes
    .hint = Iemand nodigt je uit voor een ruimte of voegt je eraan toe.
notif-kind-join-request = Verzoeken om lid te worden van mijn ruimtes
    .hint = Voor de ruimtes waarvan je eigenaar of moderator bent.
notif-kind-request-decided = Antwoorden op mijn verzoeken
    .hint = Je verzoek om lid te worden van een ruimte wordt goedgekeurd of afgewezen.
notif-kind-role-changed = Wijzigingen in mijn rol
    .hint = Iemand maakt je lid, moderator of eigenaar van een ruimte.
notif-delivery-app = Alleen in Kaiku
notif-delivery-email = Direct per e-mail
notif-delivery-daily = Dagelijks overzicht
notif-delivery-weekly = Wekelijks overzicht
notif-delivery-off = Uit
weekday-1 = maandag
weekday-2 = dinsdag
weekday-3 = woensdag
weekday-4 = donderdag
weekday-5 = vrijdag
weekday-6 = zaterdag
weekday-7 = zondag
space-level-label = Meldingen uit deze ruimte
space-level-all = Elk nieuw bericht
space-level-mentions = Vermeldingen en mijn gesprekken
space-level-muted = Alleen vermeldingen van mij
space-level-chosen = Je eigen keuze.
space-level-default = De standaard van de ruimte. Kies hier je eigen instelling.
notice-space-level-saved = Opgeslagen: je krijgt nu meldingen uit deze ruimte volgens je keuze.
thread-following = Je volgt dit gesprek: nieuwe reacties geven een melding.
thread-muted = Je hebt dit gesprek gedempt: alleen vermeldingen van jou geven een melding.
thread-none = Je volgt dit gesprek niet.
thread-follow = Gesprek volgen
thread-mute = Gesprek dempen
notice-thread-followed = Je volgt dit gesprek nu.
notice-thread-muted = Het gesprek is gedempt.
notice-thread-unfollowed = Je volgt dit gesprek niet meer.

## Unsubscribing from e-mail
unsubscribe-title = Geen e-mails meer
unsubscribe-kind = e-mails over ‘{ $kind }’
unsubscribe-daily = het dagelijkse overzicht
unsubscribe-weekly = het wekelijkse overzicht
unsubscribe-confirm = Met deze link stop je: { $what }. Je ziet alles nog steeds onder de bel in Kaiku.
unsubscribe-button = Deze e-mails stoppen
unsubscribe-done = Klaar. Gestopt: { $what }.
unsubscribe-done-more = Meldingen verschijnen nog steeds onder de bel in Kaiku. Je kunt dit altijd wijzigen in je meldingsinstellingen.
unsubscribe-settings = Meldingsinstellingen

## Notification e-mail
mail-notif-in-space = In { $space }
mail-notif-open = Openen
mail-notif-settings = Kies welke e-mails je ontvangt
mail-unsubscribe-kind = Geen e-mails meer zoals deze
mail-unsubscribe-daily = het dagelijkse overzicht stoppen
mail-unsubscribe-weekly = het wekelijkse overzicht stoppen
mail-digest-daily-subject = { $count ->
    [one] { $org }: 1 nieuw item voor je
   *[other] { $org }: { $count } nieuwe items voor je
}
mail-digest-weekly-subject = { $count ->
    [one] { $org }: je week, 1 nieuw item
   *[other] { $org }: je week, { $count } nieuwe items
}
mail-digest-intro-count = { $count ->
    [one] Hier is één ding dat je nog niet hebt gezien.
   *[other] Hier zijn { $count } dingen die je nog niet hebt gezien.
}
mail-digest-daily-intro = Dit is je dagelijkse overzicht.
mail-digest-weekly-intro = Dit is je wekelijkse overzicht.
mail-digest-elsewhere = Elders in de organisatie
mail-digest-open = Alle meldingen bekijken

## E-mail delivery log
admin-nav-mail = E-mailbezorging
admin-mail-title = E-mailbezorging
admin-mail-lead = Elk bericht dat Kaiku verstuurt, nieuwste eerst: wat is bezorgd, wat op een nieuwe poging wacht en waarom.
admin-mail-empty = Nog geen e-mail
admin-mail-col-time = In wachtrij gezet
admin-mail-col-to = Aan
admin-mail-col-subject = Onderwerp
admin-mail-col-status = Status
admin-mail-not-written = Wordt bij verzending opgesteld
admin-mail-purpose-system = Accountbericht
admin-mail-purpose-notification = Melding
admin-mail-purpose-digest = Overzicht
admin-mail-sent = Verstuurd
admin-mail-failed = Mislukt
admin-mail-cancelled = Niet verstuurd
admin-mail-pending = Wacht
admin-mail-retry = volgende poging { $when }
admin-mail-attempts = { $count ->
    [one] 1 poging
   *[other] { $count } pogingen
}
settings-default-time-zone = Tijdzone
settings-default-time-zone-hint = Voor iedereen die geen eigen tijdzone heeft gekozen: de tijden op de pagina's en wanneer overzichten aankomen.

## People and organisation
nav-people = Mensen
nav-my-profile = Mijn profiel
people-title = Mensen
people-lead = Iedereen in de organisatie: wie wat doet, waar, en hoe je ze bereikt.
people-filters = Mensen filteren
people-search = Naam, functie of e-mailadres
people-unit = Eenheid
people-location = Locatie
people-language = Spreekt
people-skill = Vaardigheid
people-clear = Filters wissen
people-empty = Hier is niemand
people-empty-filtered = Niemand voldoet aan al deze filters. Probeer er minder.
experts-title = Wie weet er iets van…?
experts-lead = Vind de mensen die ergens verstand van hebben: eerst op basis van hun vaardigheden, daarna op hoe recent ze hebben meegedaan.
experts-ask = Wie weet er iets van…
experts-placeholder = bijv. SAP, arbeidsveiligheid, Python
experts-find = Experts zoeken
experts-found = Mensen die verstand hebben van ‘{ $topic }’
experts-none = Nog niemand heeft ‘{ $topic }’ opgegeven
experts-none-body = Probeer een breder woord of een andere spelling, of blader door het overzicht van mensen.
profile-edit = Profiel bewerken
profile-vcard = Contact opslaan
profile-contact = Contact
profile-phone-work = Werktelefoon
profile-phone-mobile = Mobiel
profile-location = Locatie
profile-location-hint = Je vestiging of woonplaats, bijv. Utrecht. Anderen kunnen hierop filteren.
profile-start-date = In dienst sinds
profile-reporting = Rapportagelijn
profile-manager-line = Rapporteert aan
profile-reports = { $count ->
    [one] 1 persoon rapporteert direct
   *[other] { $count } mensen rapporteren direct
}
profile-spaces = Ruimtes
profile-about = Over
profile-skills = Vaardigheden en competenties
profile-languages = Talen
profile-certificates = Certificaten en licenties
profile-cert-issued = afgegeven op { $date }
profile-cert-expires = geldig tot { $date }
profile-cert-expired = verlopen op { $date }
profile-posts = Berichten
profile-edit-title = Profiel bewerken
profile-edit-lead-own = Wat je hier schrijft, helpt collega’s om je te vinden en te weten wat je weet.
profile-edit-lead-other = Je bewerkt het profiel van { $name }. De wijziging wordt vastgelegd in de wijzigingsgeschiedenis.
profile-photo = Foto
profile-photo-choose = Kies een foto
profile-photo-hint = JPEG, PNG, WebP of GIF, maximaal 8 MB. De foto wordt vierkant bijgesneden en verder wordt niets uit het bestand bewaard (zoals waar de foto is genomen).
profile-photo-upload = Uploaden
profile-photo-remove = Foto verwijderen
profile-basics = Basisgegevens
profile-no-unit = Geen eenheid
profile-manager = Leidinggevende
profile-manager-hint = Het e-mailadres van die persoon.
profile-locked-hint = Grijze velden komen uit het HR-systeem: vraag een beheerder om ze te wijzigen.
profile-bio = Over mij
profile-bio-hint = Een paar woorden over je werk en waarmee je anderen kunt helpen. Je kunt Markdown gebruiken.
profile-skills-hint = Eén vaardigheid per rij, eventueel met hoe goed je die beheerst. Lege rijen worden genegeerd.
profile-skill = Vaardigheid
profile-skill-level = Niveau
profile-language = Taal
profile-language-level = Niveau
profile-certificates-hint = Certificaten, licenties en vergunningen, met hun data.
profile-cert-name = Naam
profile-cert-issuer = Uitgegeven door
profile-cert-issued-on = Afgegeven op
profile-cert-expires-on = Geldig tot
profile-more = Meer gegevens
notice-photo-saved = Je foto is opgeslagen.
notice-photo-removed = De foto is verwijderd.
skill-level-1 = basis
skill-level-2 = goed
skill-level-3 = expert
language-level-native = moedertaal
language-level-fluent = vloeiend
language-level-good = goed
language-level-basic = basis
language-fi = Fins
language-sv = Zweeds
language-et = Estisch
language-nl = Nederlands
language-en = Engels
language-de = Duits
language-fr = Frans
language-es = Spaans
language-it = Italiaans
language-pt = Portugees
language-ru = Russisch
language-uk = Oekraïens
language-pl = Pools
language-lt = Litouws
language-lv = Lets
language-no = Noors
language-da = Deens
language-is = IJslands
language-se = Noord-Samisch
language-zh = Chinees
language-ja = Japans
language-ar = Arabisch
language-hi = Hindi
language-tr = Turks
error-phone-invalid = Voer een telefoonnummer in cijfers in, zoals +31 6 12345678.
error-date-invalid = Voer een datum in als jaar-maand-dag, zoals 2026-03-31.
error-manager-loop = Dan ontstaat er een cirkel in de rapportagelijn: je kunt niet rapporteren aan iemand die zelf aan jou rapporteert.
error-no-such-unit = Die eenheid bestaat niet.
error-field-locked = Dit veld wordt bijgehouden door beheerders en het HR-systeem.
error-field-value-invalid = Een van de extra gegevens heeft een waarde die niet bij het type veld past.
error-no-such-field = Dat veld bestaat niet.
error-bio-too-long = Houd het onder de 4.000 tekens.
error-skill-invalid = Een vaardigheid mag maximaal 60 tekens lang zijn.
error-too-many = Dat is meer dan hier is toegestaan.
error-expiry-before-issue = Een certificaat kan niet verlopen voordat het is afgegeven.
error-photo-invalid = Dit is geen afbeelding die Kaiku kan gebruiken. Kies een JPEG-, PNG-, WebP- of GIF-foto.
error-photo-too-large = De foto is groter dan 8 MB.
error-photo-dimensions = De afbeelding is te breed of te hoog (maximaal 10.000 pixels per zijde).
org-title = Organisatie
org-lead = De eenheden van de organisatie, van boven naar beneden.
org-manage = Eenheden beheren
org-empty = Nog geen eenheden
org-lead-by = onder leiding van { $name }
org-people-count = { $count ->
    [one] 1 persoon
   *[other] { $count } mensen
}
org-path = Plaats in de organisatie
org-unit-directory = Tonen bij Mensen
org-unit-edit = Eenheid bewerken
org-unit-lead = Leidinggevende
org-unit-children = Onderliggende eenheden
org-unit-people = Mensen
org-unit-no-people = Niemand hoort rechtstreeks bij deze eenheid.
orgkind-group = Concern
orgkind-company = Bedrijf
orgkind-business-unit = Businessunit
orgkind-department = Afdeling
orgkind-team = Team
admin-nav-org = Organisatie
admin-nav-profile = Profielen
admin-org-title = Organisatie-eenheden
admin-org-lead = De structuur van bedrijven, businessunits, afdelingen en teams. Iedereen hoort bij één eenheid.
admin-org-add = Eenheid toevoegen
admin-org-name = Naam
admin-org-kind = Soort
admin-org-parent = Valt onder
admin-org-top = Niets (bovenaan)
admin-org-description = Beschrijving
admin-org-remove = Verwijderen
admin-org-remove-confirm = Deze eenheid verwijderen? Alleen lege eenheden kunnen worden verwijderd.
admin-org-kinds = Soorten eenheden
admin-org-kind-new = Nieuwe soort
admin-org-kind-add = Soort toevoegen
error-unit-loop = Een eenheid kan niet onder zichzelf vallen, en ook niet onder een eenheid die eronder valt.
error-unit-not-empty = Alleen een eenheid zonder mensen en zonder onderliggende eenheden kan worden verwijderd.
error-kind-in-use = Deze soort wordt nog door sommige eenheden gebruikt.
admin-profile-title = Profielen
admin-profile-lead = Wat elk profiel bevat, en wie de gegevens bijhoudt.
admin-profile-locks = Bijgehouden door beheerders
admin-profile-locks-lead = Deze gegevens komen uit het HR-systeem: mensen zien ze in hun profiel, maar kunnen ze niet wijzigen.
admin-profile-fields = Extra gegevens
admin-profile-no-fields = Nog geen extra gegevens.
admin-profile-add = Veld toevoegen
admin-profile-label = Naam
admin-profile-kind = Soort
admin-profile-choices = Opties
admin-profile-choices-hint = Voor een keuzeveld: één optie per regel.
admin-profile-visibility = Wie ziet het
admin-profile-self-service = Mensen vullen het zelf in
admin-profile-remove-confirm = Dit veld uit alle profielen verwijderen?
error-choices-required = Geef minstens één optie op.
field-kind-text = Tekst
field-kind-choice = Keuze
field-kind-date = Datum
field-kind-link = Link
field-kind-phone = Telefoonnummer
field-visibility-everyone = Iedereen die de persoon kan zien
field-visibility-members = Leden van de organisatie (geen partners)
field-visibility-private = Alleen beheerders en de persoon zelf
lockable-unit = Eenheid
lockable-title = Functie
lockable-manager = Leidinggevende
lockable-phones = Telefoonnummers
lockable-start-date = Datum in dienst
user-audit-title = Wijzigingen door beheerders
user-audit-empty = Geen wijzigingen vastgelegd.
user-audit-create = Account aangemaakt
user-audit-role = Rol gewijzigd
user-audit-deactivate = Gedeactiveerd
user-audit-reactivate = Opnieuw geactiveerd
user-audit-reset-link = Resetlink voor wachtwoord aangemaakt
user-audit-set-password = Wachtwoord ingesteld
user-audit-profile = Profiel gewijzigd
user-audit-photo = Foto gewijzigd
user-audit-photo-removed = Foto verwijderd
user-audit-other = Andere wijziging
user-audit-title = Wijzigingen door beheerders
user-audit-empty = Geen wijzigingen vastgelegd.
user-audit-create = Account aangemaakt
user-audit-role = Rol gewijzigd
user-audit-deactivate = Gedeactiveerd
user-audit-reactivate = Opnieuw geactiveerd
user-audit-reset-link = Link om het wachtwoord te herstellen aangemaakt
user-audit-set-password = Wachtwoord ingesteld
user-audit-profile = Profiel gewijzigd
user-audit-photo = Foto gewijzigd
user-audit-photo-removed = Foto verwijderd
user-audit-other = Andere wijziging

## Search
error-search-too-long = Een zoekopdracht mag hoogstens 500 tekens lang zijn.
error-search-type = Kies waarnaar je zoekt: berichten, reacties, ruimtes, mensen of onderwerpen.
error-search-space = Die ruimte bestaat niet, of je kunt haar niet zien.
error-search-age = Kies een periode uit de lijst.
error-search-dates = De begindatum moet vóór de einddatum liggen.
search-label = Zoeken
search-placeholder = Zoek mensen, ruimtes, berichten…
search-suggestions = Suggesties
search-title = Zoeken
search-title-for = Zoeken: { $query }
search-hint = Zet "aanhalingstekens" om een exacte zin en een minteken voor een woord dat je wilt uitsluiten, zoals -concept.
search-submit = Zoeken
search-indexing = De zoekindex wordt nog opgebouwd, dus er kunnen even resultaten ontbreken.
search-narrow = Resultaten verfijnen
search-facet-type = Soort
search-facet-space = Ruimte
search-facet-author = Auteur
search-facet-date = Datum
search-facet-any = Alles tonen
search-dates = Periode
search-from = Van
search-to = Tot en met
search-clear = Filters wissen
search-count = { $count ->
    [0] Geen resultaten
    [one] { $count } resultaat
   *[other] { $count } resultaten
}
search-sort = Sorteren
search-sort-relevance = Beste overeenkomst
search-sort-newest = Nieuwste eerst
search-did-you-mean = Bedoelde je
search-nothing = Niets gevonden
search-nothing-narrowed = Met deze filters is er niets gevonden. Probeer ze te wissen.
search-nothing-tips = Controleer de spelling, probeer minder of algemenere woorden, of zoek op een deel van een lang woord.
search-start = Waar ben je naar op zoek?
search-kind-post = Bericht
search-kind-comment = Reactie
search-kind-space = Ruimte
search-kind-person = Persoon
search-kind-topic = Onderwerp
search-kinds-post = Berichten
search-kinds-comment = Reacties
search-kinds-space = Ruimtes
search-kinds-person = Mensen
search-kinds-topic = Onderwerpen
search-age-day = Afgelopen 24 uur
search-age-week = Afgelopen 7 dagen
search-age-month = Afgelopen 30 dagen
search-age-year = Afgelopen 12 maanden
search-age-older = Ouder
search-suggest-content = Berichten en reacties
search-suggest-none = Nog geen suggesties. Druk op Enter om overal te zoeken.
search-suggest-all = Alle resultaten voor ‘{ $query }’

## The wiki

space-nav-wiki = Wiki
wiki-title = Wiki · { $space }
wiki-pages = Pagina’s
wiki-new = Nieuwe pagina
wiki-new-below = Subpagina
wiki-new-title = Nieuwe pagina
wiki-edit-title = ‘{ $title }’ bewerken
wiki-empty = Nog geen pagina’s
wiki-empty-write = Begin aan het handboek van deze ruimte: werkwijzen, instructies, contactpersonen – alles wat mensen steeds opnieuw opzoeken.
wiki-page-empty = Deze pagina heeft nog geen tekst.
wiki-updated-by = Gewijzigd door { $name }
wiki-path = Waar deze pagina staat
wiki-history = Geschiedenis
wiki-history-title = Geschiedenis van ‘{ $title }’
wiki-children = Subpagina’s
wiki-version = Versie { $number }
wiki-current = Huidig
wiki-delete-confirm = Deze pagina verwijderen? De subpagina’s schuiven een niveau omhoog.
wiki-field-title = Titel
wiki-field-parent = Plaatsen onder
wiki-parent-top = Het hoogste niveau van de wiki
wiki-field-body = Tekst
wiki-field-summary = Wat heb je gewijzigd? (optioneel)
wiki-summary-hint = Eén regel voor de geschiedenis van de pagina, bijvoorbeeld ‘Vakantiedata bijgewerkt’.
wiki-conflict-theirs = { $name } heeft versie { $number } opgeslagen terwijl jij aan het bewerken was
wiki-conflict-hint = Je eigen tekst staat nog in het formulier hieronder. Vergelijk hem met de andere versie, neem over wat je nodig hebt en sla opnieuw op.
wiki-restored-from = Versie { $number } teruggezet
wiki-then-titled = Toen met de titel ‘{ $title }’
wiki-restore = Deze versie terugzetten
wiki-restore-confirm = Versie { $number } weer de huidige maken? Er gaat niets verloren: de latere versies blijven in de geschiedenis.
wiki-revision-title = Versie { $number }
wiki-first-version = De eerste versie
wiki-changes-since = Wijzigingen sinds versie { $number }
wiki-changes = Wijzigingen
wiki-no-text-changes = De tekst is in deze versie niet gewijzigd.
wiki-line-added = Toegevoegd:
wiki-line-removed = Verwijderd:
wiki-lines-unchanged = { $count ->
    [one] { $count } ongewijzigde regel
   *[other] { $count } ongewijzigde regels
}
notice-wiki-saved = De pagina is opgeslagen.
notice-wiki-deleted = De pagina is verwijderd.
notice-wiki-restored = De eerdere versie is weer de huidige.
error-wiki-conflict = Iemand heeft een nieuwere versie van deze pagina opgeslagen terwijl jij eraan werkte, dus er is niets opgeslagen.
error-wiki-gone = Deze pagina is verwijderd terwijl je hem aan het bewerken was. Je tekst staat hieronder: sla hem op als nieuwe pagina, of laat het zo.
error-wiki-parent = Kies een pagina van deze wiki die niet deze pagina zelf of een subpagina ervan is, hooguit 8 niveaus diep.
error-wiki-title-too-long = Een titel mag maximaal 200 tekens bevatten.
error-wiki-body-too-long = Een pagina mag maximaal 100.000 tekens bevatten.
error-wiki-summary-too-long = De samenvatting mag maximaal 300 tekens bevatten.
search-kind-wiki = Wikipagina
search-kinds-wiki = Wikipagina’s
