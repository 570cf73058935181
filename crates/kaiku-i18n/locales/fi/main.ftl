## Kaiku — suomi (Finnish)
## Every message in en/main.ftl must exist here too, and no others (a test checks).

## Navigation and layout
nav-skip = Siirry sisältöön
nav-main = Päävalikko
nav-home = Etusivu
nav-account = Oma tili
nav-admin = Ylläpito
nav-sessions = Istunnot
nav-tokens = API-tunnukset
nav-sign-out = Kirjaudu ulos
footer-powered = Alustana { $product }
footer-language = Kieli
footer-language-apply = Vaihda
back-to-login = Takaisin kirjautumiseen
pager-more = Näytä lisää
pager-older = Vanhemmat merkinnät
filter-all = Kaikki
action-save = Tallenna muutokset
action-filter = Suodata
action-copy = Kopioi
action-copied = Kopioitu!

## Form fields
field-name = Koko nimi
field-name-optional = Nimi (valinnainen)
field-email = Sähköpostiosoite
field-work-email = Työsähköpostiosoite
field-password = Salasana
field-current-password = Nykyinen salasana
field-new-password = Uusi salasana
field-confirm-password = Toista uusi salasana
field-job-title = Tehtävänimike
field-language = Kieli
hint-password = Vähintään 10 merkkiä. Muutamasta toisiinsa liittymättömästä sanasta saa vahvan ja helposti muistettavan salasanan.

## Roles and states
role-admin = Ylläpitäjä
role-member = Jäsen
role-guest = Vieras (ulkoinen)
role-member-desc = Työntekijä: näkee organisaation julkiset työtilat, ihmiset ja uutiset.
role-guest-desc = Ulkoinen kumppani: näkee vain ne työtilat, joihin hänet on kutsuttu.
state-active = Aktiivinen
state-deactivated = Poistettu käytöstä

## Validation errors
error-required = Täytä tämä kenttä.
error-too-long = Tämä on liian pitkä.
error-invalid-characters = Tässä on merkkejä, jotka eivät ole sallittuja.
error-email-invalid = Anna sähköpostiosoite, esimerkiksi name@example.com.
error-email-taken = Tällä sähköpostiosoitteella on jo tili.
error-password-short = Käytä vähintään 10 merkkiä.
error-password-mismatch = Salasanat eivät täsmää.
error-password-wrong = Nykyinen salasana on väärä.
error-login-failed = Sähköpostiosoite tai salasana on väärä.
error-account-deactivated = Tämä tili on poistettu käytöstä. Jos tarvitset pääsyn, ota yhteyttä ylläpitäjään.
error-rate-limited = Liian monta epäonnistunutta kirjautumisyritystä. Odota { $minutes ->
    [one] minuutti
   *[other] { $minutes } minuuttia
} ja yritä uudelleen.
error-setup-code = Käyttöönottokoodi on väärä. Kopioi se palvelimen lokista.
error-choice-invalid = Valitse jokin vaihtoehdoista.
error-color-invalid = Valitse väri muodossa #RRGGBB.
error-domain-invalid = Anna verkkotunnukset pilkuilla erotettuina, esimerkiksi example.com.
error-domains-required = Anna vähintään yksi verkkotunnus, kun rekisteröityminen on avoinna sähköpostin verkkotunnusten perusteella.
error-domain-not-allowed = Rekisteröityminen ei ole avoinna tälle sähköpostin verkkotunnukselle. Pyydä kutsua ylläpitäjältä.
error-host-invalid = Anna vain palvelimen nimi, esimerkiksi smtp.example.com.
error-port-invalid = Anna porttinumero väliltä 1–65535.
error-last-admin = Organisaatiolla on oltava vähintään yksi aktiivinen ylläpitäjä.
error-deactivate-self = Et voi poistaa omaa tiliäsi käytöstä.
error-mail-not-configured = Sähköpostia ei ole vielä määritetty. Täytä ensin alla olevat SMTP-asetukset.
error-cursor-invalid = Tämä sivulinkki ei ole enää voimassa.
error-limit-range = Sivukoon on oltava väliltä 1–100.
error-conflict = Tämä on ristiriidassa samaan aikaan tehdyn muutoksen kanssa. Yritä uudelleen.
error-from-required = Anna lähettäjän osoite, jonka SMTP-palvelin hyväksyy.

## Error pages
error-home = Siirry etusivulle
error-400-title = Pyynnössä oli jotain vialla
error-400-body = Sivu ei ymmärtänyt lähetettyjä tietoja. Palaa takaisin ja yritä uudelleen.
error-403-title = Sinulla ei ole pääsyä tähän
error-403-body = Tililläsi ei ole oikeutta avata tätä sivua. Jos oikeus mielestäsi kuuluisi sinulle, ota yhteyttä ylläpitäjään.
error-404-title = Sivua ei löytynyt
error-404-body = Sivu on ehkä siirretty tai poistettu, tai linkissä voi olla kirjoitusvirhe.
error-409-title = Toiminto ei onnistunut
error-409-body = Muutos on ristiriidassa nykyisen tilan kanssa. Päivitä sivu ja yritä uudelleen.
error-413-title = Liian suuri
error-413-body = Lähettämäsi sisältö on suurempi kuin Kaiku hyväksyy. Kokeile pienemmällä.
error-429-title = Hieman hitaammin
error-429-body = Liian monta pyyntöä lyhyessä ajassa. Odota hetki ja yritä uudelleen.
error-500-title = Jokin meni vikaan meidän päässämme
error-500-body = Virhe on kirjattu lokiin. Yritä hetken kuluttua uudelleen.
error-405-title = Tätä ei voi tehdä täällä
error-405-body = Tämä sivu ei hyväksy tällaista pyyntöä. Palaa takaisin ja käytä sivun omia painikkeita.

## API problems
problem-unauthenticated = Tarvitaan kelvollinen henkilökohtainen API-tunnus: lähetä se muodossa ”Authorization: Bearer <token>”.
problem-not-found = Ei löytynyt, tai sinulla ei ole siihen pääsyä.
problem-forbidden = Sinulla ei ole oikeutta tehdä tätä.
problem-invalid = Osa arvoista on virheellisiä.
problem-rate-limited = Liian monta pyyntöä. Yritä myöhemmin uudelleen.
problem-internal = Palvelimella tapahtui virhe. Yritä myöhemmin uudelleen.

## Confirmations
notice-signed-out = Olet kirjautunut ulos.
notice-password-changed = Salasanasi on vaihdettu. Muut istuntosi kirjattiin ulos ja API-tunnuksesi mitätöitiin.
notice-password-reset = Uusi salasanasi on asetettu. Kirjaudu sisään uudella salasanalla.
notice-profile-saved = Muutokset on tallennettu.
notice-language-saved = Kieli tallennettu.
notice-session-revoked = Istunto on kirjattu ulos.
notice-token-revoked = API-tunnus on mitätöity.
notice-settings-saved = Asetukset tallennettu.
notice-user-deactivated = Tili on poistettu käytöstä ja kirjattu ulos kaikkialta.
notice-user-reactivated = Tili on taas käytössä.
notice-role-changed = Rooli on vaihdettu.
notice-invitation-revoked = Kutsu on peruttu.
notice-request-rejected = Pyyntö on hylätty, ja hakijalle on ilmoitettu.
notice-test-mail-queued = Testiviesti on matkalla osoitteeseesi.
notice-welcome = Tervetuloa Kaikuun!

## Setup
setup-title = Määritä organisaatiosi
setup-lead = Luo organisaatio ja sen ensimmäinen ylläpitäjä. Tämä sivu on käytettävissä vain, kunnes käyttöönotto on valmis.
setup-org-name = Organisaation nimi
setup-org-name-hint = Näkyy jokaisen sivun yläreunassa ja sähköposteissa. Voit muuttaa nimeä myöhemmin.
setup-admin = Ylläpitäjän tilisi
setup-code = Käyttöönottokoodi
setup-code-hint = Tulostuu palvelimen lokiin, kun Kaiku käynnistyy, esim. ABCD-EFGH-JKLM-NPQR.
setup-submit = Luo organisaatio

## Sign in
login-title = Kirjaudu sisään
login-remember = Pidä minut kirjautuneena tällä laitteella
login-submit = Kirjaudu sisään
login-forgot = Unohtuiko salasana?
login-register = Pyydä käyttäjätiliä

## Password reset
forgot-title = Palauta salasana
forgot-lead = Anna sähköpostiosoitteesi, niin lähetämme linkin, jolla voit valita uuden salasanan.
forgot-submit = Lähetä palautuslinkki
forgot-sent = Jos osoitteelle on olemassa tili, palautuslinkki on matkalla. Linkki on voimassa tunnin.
forgot-sent-hint = Eikö viestiä ole tullut muutamassa minuutissa? Tarkista roskapostikansio tai pyydä palautuslinkkiä ylläpitäjältä.
reset-title = Valitse uusi salasana
reset-invalid = Tämä palautuslinkki on vanhentunut tai jo käytetty.
reset-request-new = Pyydä uusi linkki
reset-submit = Aseta uusi salasana

## Invitations and registration
invite-page-title = Kutsu
invite-title = Liity organisaatioon { $org }
invite-lead = Sinut on kutsuttu osoitteella { $email }. Viimeistele tili valitsemalla nimi ja salasana.
invite-guest-note = Liityt ulkoisena vieraana: näet ne työtilat, joihin sinut kutsutaan.
invite-submit = Luo tilini
invite-invalid-title = Tätä kutsua ei voi käyttää
invite-invalid = Linkki on vanhentunut, peruttu tai jo käytetty. Pyydä uutta kutsua henkilöltä, joka kutsui sinut.
signup-title = Pyydä käyttäjätiliä
signup-closed = Tilejä luodaan vain kutsusta. Pyydä organisaatiosi ylläpitäjää kutsumaan sinut.
signup-lead-domains = Liittyä voi kuka tahansa, jonka sähköpostiosoite on verkkotunnuksessa { $domains }. Lähetämme sinulle linkin osoitteen vahvistamista varten.
signup-lead-approval = Kerro, kuka olet. Ylläpitäjä käsittelee jokaisen pyynnön, ja saat päätöksestä tiedon sähköpostitse.
signup-message = Viesti ylläpitäjille
signup-message-hint = Valinnainen: tiimisi, roolisi tai kuka ohjasi sinut tänne.
signup-submit = Lähetä vahvistuslinkki
signup-submit-request = Lähetä pyyntö
signup-sent = Tarkista sähköpostisi: jos osoitteella voi liittyä, linkki tilin luomiseen on matkalla. Linkki on voimassa 24 tuntia.
signup-requested = Kiitos! Pyyntösi on lähetetty ylläpitäjille. Saat vastauksen sähköpostitse.

## Home
home-title = Tervetuloa, { $name }
home-lead = Tämä on organisaation { $org } Kaiku.
home-figures = Organisaation tunnusluvut
home-kpi-people = Henkilöt
home-kpi-active = Aktiiviset
home-kpi-guests = Vieraat
home-kpi-requests = Odottavat pyynnöt
home-steps-title = Näin pääset alkuun
home-step-done = valmis
home-step-created = Organisaatio luotu
home-step-created-body = Organisaatiosi on luotu, ja olet sen ylläpitäjä.
home-step-settings = Tarkista asetukset
home-step-mail = Määritä sähköposti
home-step-mail-body = Kun SMTP-palvelimesi on määritetty, Kaiku lähettää kutsut ja salasanan palautuslinkit sähköpostitse.
home-step-mail-action = Määritä sähköposti
home-step-brand = Tee siitä omannäköisesi
home-step-brand-body = Valitse organisaatiollesi korostusväri ja oletuskieli.
home-step-brand-action = Avaa ulkoasuasetukset
home-step-invite = Kutsu kollegasi
home-step-invite-body = Lähetä kutsuja sähköpostitse tai avaa rekisteröityminen yrityksesi sähköpostin verkkotunnukselle.
home-step-invite-action = Kutsu henkilöitä
home-account-title = Oma tili
home-active-sessions = Aktiiviset istunnot
home-api-tokens = API-tunnukset
home-edit-profile = Muokkaa profiilia

## Account
account-title = Oma tili
account-nav-profile = Profiili
account-nav-password = Salasana
account-nav-sessions = Istunnot
account-nav-tokens = API-tunnukset
account-nav-logins = Kirjautumishistoria
account-role = Rooli
account-member-since = Jäsenenä alkaen
account-language-browser = Käytä selaimen kieltä
account-language-hint = Kaikun sivujen ja sinulle lähetettävien sähköpostien kieli.
password-title = Vaihda salasana
password-lead = Vaihdon jälkeen muut istuntosi kirjataan ulos ja API-tunnuksesi lakkaavat toimimasta.
password-submit = Vaihda salasana
sessions-title = Istunnot
sessions-lead = Laitteet, joilla olet kirjautuneena. Kirjaa ulos laitteet, joita et tunnista.
sessions-this = Tämä laite
sessions-remembered = Pysyy kirjautuneena
sessions-ip = IP { $ip }
sessions-last-seen = viimeksi aktiivinen { $time }
sessions-started = kirjautunut { $time }
sessions-revoke = Kirjaa ulos
sessions-revoke-all = Kirjaa ulos kaikkialta
sessions-revoke-all-confirm = Kirjataanko ulos kaikilta laitteilta, myös tältä?
tokens-title = API-tunnukset
tokens-lead = Henkilökohtaisten API-tunnusten avulla skriptit ja integraatiot voivat käyttää Kaikun API:a sinun nimissäsi.
tokens-new = Uusi API-tunnus
tokens-label = Nimi
tokens-label-hint = Mihin tunnusta käytetään, esim. ”HR-synkronointi” tai ”Oma skripti”.
tokens-expiry = Vanhenee
tokens-days = { $days ->
    [one] { $days } päivän kuluttua
   *[other] { $days } päivän kuluttua
}
tokens-never = Ei koskaan
tokens-create = Luo tunnus
tokens-created = Uusi API-tunnuksesi:
tokens-created-once = Kopioi se nyt. Sitä ei näytetä uudelleen.
tokens-yours = Omat tunnukset
tokens-empty = Ei vielä tunnuksia
tokens-empty-body = Luo tunnus, kun skripti tai integraatio tarvitsee pääsyn API:in.
tokens-expired = Vanhentunut
tokens-created-at = luotu { $time }
tokens-expires-at = vanhenee { $time }
tokens-no-expiry = ei vanhene
tokens-last-used = viimeksi käytetty { $time }
tokens-never-used = ei koskaan käytetty
tokens-revoke = Mitätöi
tokens-revoke-confirm = Mitätöidäänkö tämä tunnus? Kaikki sitä käyttävät sovellukset lakkaavat toimimasta heti.
logins-title = Kirjautumishistoria
logins-lead = Viimeaikaiset yritykset kirjautua tilillesi. Jos jokin näyttää vieraalta, ilmoita siitä ylläpitäjälle.
logins-empty = Ei vielä kirjautumisyrityksiä
logins-col-time = Aika
logins-col-person = Henkilö
logins-col-outcome = Tulos
logins-col-ip = IP-osoite
logins-col-agent = Selain
outcome-success = Kirjautui sisään
outcome-failed = Epäonnistui
outcome-rate-limited = Estetty (liian monta yritystä)
outcome-deactivated = Hylätty (poistettu käytöstä)

## Administration
admin-nav-users = Henkilöt
admin-nav-invitations = Kutsut
admin-nav-requests = Pyynnöt
admin-nav-settings = Asetukset
admin-nav-login-log = Kirjautumisloki
admin-actions = Toiminnot
admin-users-title = Henkilöt
admin-users-search = Haku
admin-users-role = Rooli
admin-users-state = Tila
admin-users-col-person = Henkilö
admin-users-col-joined = Liittynyt
admin-users-empty = Hakua vastaavia henkilöitä ei löytynyt
admin-users-empty-body = Kokeile toista hakua tai tyhjennä suodattimet.
admin-invite-people = Kutsu henkilöitä
admin-user-details = Tiedot
admin-user-change-role = Vaihda rooli
admin-user-access = Käyttöoikeus
admin-user-reset-hint = Luo kertakäyttöinen linkki, jolla tämä henkilö voi valita uuden salasanan. Anna linkki henkilökohtaisesti tai puhelimitse. Linkki on voimassa 24 tuntia.
admin-user-reset-link = Luo salasanan palautuslinkki
admin-reset-link-created = Salasanan palautuslinkki (näytetään vain kerran, voimassa 24 tuntia):
admin-user-deactivate-hint = Käytöstä poistaminen kirjaa henkilön ulos kaikkialta ja mitätöi hänen API-tunnuksensa. Hänen kirjoittamansa sisältö säilyy.
admin-user-deactivate = Poista tili käytöstä
admin-user-deactivate-confirm = Poistetaanko käyttäjän { $name } tili käytöstä? Hänet kirjataan heti ulos kaikkialta.
admin-user-reactivate = Ota tili uudelleen käyttöön
admin-user-logins = Viimeaikaiset kirjautumiset
admin-invitations-title = Kutsut
admin-invitations-lead = Kutsu kollegoita ja kumppaneita sähköpostitse. Kutsu on voimassa seitsemän päivää.
admin-invite-send = Lähetä kutsu
admin-invitation-mailed = Kutsu on lähetetty. Voit myös jakaa tämän linkin:
admin-invitation-not-mailed = Sähköpostia ei ole määritetty, joten mitään ei lähetetty. Jaa tämä linkki henkilölle itse:
admin-mail-not-configured = Sähköpostia ei ole määritetty: kutsuja ei lähetetä automaattisesti, mutta voit jakaa niiden linkit itse.
admin-configure-mail = Määritä sähköposti
admin-invitations-recent = Viimeaikaiset kutsut
admin-invitations-empty = Ei vielä kutsuja
admin-invitation-state = Tila
admin-invitation-sent = Lähetetty
admin-invitation-revoke = Peru
invitation-open = Odottaa
invitation-accepted = Hyväksytty
invitation-revoked = Peruttu
invitation-expired = Vanhentunut
admin-requests-title = Liittymispyynnöt
admin-requests-lead = Henkilöt, jotka ovat pyytäneet käyttäjätiliä. Hyväksytyille lähetetään kutsulinkki.
admin-requests-empty = Ei odottavia pyyntöjä
admin-requests-mode-off = Rekisteröityminen pyynnöstä on poistettu käytöstä, joten uusia pyyntöjä ei tule.
admin-request-approve = Hyväksy
admin-request-reject = Hylkää
admin-request-reject-confirm = Hylätäänkö tämä pyyntö? Hakijalle ilmoitetaan sähköpostitse.
admin-request-approved-mailed = Hyväksytty. Kutsu on lähetetty; voit myös jakaa tämän linkin:
admin-request-approved-not-mailed = Hyväksytty. Sähköpostia ei ole määritetty, joten jaa tämä kutsulinkki henkilölle itse:
admin-settings-title = Asetukset
settings-organisation = Organisaatio
settings-accent = Korostusväri
settings-accent-hint = Käytetään painikkeissa, linkeissä ja korostuksissa.
settings-default-language = Oletuskieli
settings-default-language-hint = Käytetään, kun henkilö tai hänen selaimensa ei pyydä mitään tarjolla olevista kielistä.
settings-registration = Rekisteröityminen
settings-registration-mode = Kuka voi luoda tilin
settings-mode-closed = Vain kutsusta
settings-mode-closed-desc = Vain ylläpitäjän kutsumat henkilöt voivat liittyä.
settings-mode-domains = Kuka tahansa, jolla on yrityksen sähköpostiosoite
settings-mode-domains-desc = Henkilöt, joiden osoite on jossakin alla olevista verkkotunnuksista, voivat liittyä vahvistettuaan osoitteensa.
settings-mode-approval = Kuka tahansa voi pyytää, ylläpitäjä hyväksyy
settings-mode-approval-desc = Pyynnöt odottavat ylläpitäjän päätöstä.
settings-domains = Sallitut sähköpostin verkkotunnukset
settings-domains-hint = Esimerkiksi: example.com, example.fi
settings-mail = Sähköposti (SMTP)
settings-mail-configured = Sähköposti on määritetty: Kaiku lähettää kutsut, salasanan palautuslinkit ja ilmoitukset.
settings-mail-not-configured = Sähköpostia ei ole määritetty: mitään ei lähetetä, ennen kuin SMTP-palvelimen tiedot on annettu.
settings-smtp-host = SMTP-palvelin
settings-smtp-port = Portti
settings-smtp-security = Yhteyden suojaus
settings-smtp-starttls = STARTTLS (portti 587)
settings-smtp-tls = TLS (portti 465)
settings-smtp-none = Ei suojausta (vain luotettu paikallinen välityspalvelin)
settings-smtp-username = Käyttäjätunnus
settings-smtp-password = Salasana
settings-smtp-password-set = Salasana on tallennettu. Jätä kenttä tyhjäksi, jos haluat säilyttää sen.
settings-smtp-password-unset = Salasanaa ei ole tallennettu.
settings-smtp-password-clear = Poista tallennettu salasana
settings-smtp-from = Lähettäjä
settings-smtp-from-hint = Esimerkiksi: Intranet <intranet@example.com>
settings-test-mail = Lähetä testiviesti
settings-test-mail-hint = Lähettää viestin omaan osoitteeseesi tallennetuilla asetuksilla.
settings-logo = Logo
settings-logo-current = Nykyinen logo
settings-logo-upload = Lataa uusi logo
settings-logo-hint = PNG-, JPEG-, WebP- tai GIF-kuva, enintään 512 kt. Neliönmuotoinen kuva toimii parhaiten.
settings-logo-save = Lataa logo
settings-logo-remove = Poista logo
error-logo-type = Valitse PNG-, JPEG-, WebP- tai GIF-kuva.
error-logo-too-large = Kuva on suurempi kuin 512 kt.
admin-login-log-title = Kirjautumisloki
admin-login-log-lead = Kaikki organisaation kirjautumisyritykset uusimmasta alkaen.

## E-mail
mail-greeting = Hei { $name },
mail-greeting-plain = Hei,
mail-footer = Tämän viestin lähetti organisaation { $org } intranet.
mail-reset-subject = Palauta salasanasi – { $org }
mail-reset-body = Tilisi salasanan palauttamista on pyydetty. Valitse uusi salasana alla olevan linkin kautta. Linkki toimii kerran ja on voimassa tunnin.
mail-reset-ignore = Jos et pyytänyt tätä, voit jättää viestin huomiotta: salasanasi pysyy ennallaan.
mail-reset-action = Valitse uusi salasana
mail-invite-subject = Sinut on kutsuttu liittymään organisaatioon { $org }
mail-invite-body = { $inviter } on kutsunut sinut organisaation { $org } intranetiin.
mail-invite-expiry = Kutsu on voimassa seitsemän päivää.
mail-invite-action = Hyväksy kutsu
mail-signup-subject = Vahvista osoitteesi ja liity organisaatioon { $org }
mail-signup-body = Luo tilisi organisaation { $org } intranetiin alla olevan linkin kautta. Linkki on voimassa 24 tuntia. Jos et pyytänyt tätä, voit jättää viestin huomiotta.
mail-signup-action = Luo tilini
mail-approved-subject = Pyyntösi liittyä organisaatioon { $org } on hyväksytty
mail-approved-body = Hyviä uutisia: pyyntösi liittyä organisaation { $org } intranetiin on hyväksytty. Luo tilisi alla olevan linkin kautta.
mail-rejected-subject = Pyyntösi liittyä organisaatioon { $org }
mail-rejected-body = Pyyntöäsi liittyä organisaation { $org } intranetiin ei hyväksytty. Jos uskot tämän olevan virhe, ota yhteyttä suoraan organisaatioon.
mail-test-subject = Testiviesti organisaatiolta { $org }
mail-test-body = Kaikun sähköposti toimii. Voit sulkea tämän viestin.

## Spaces and partners (organisation settings)
settings-spaces = Työtilat ja kumppanit
settings-space-creation = Kuka voi luoda työtiloja
settings-space-creation-everyone = Kaikki jäsenet
settings-space-creation-everyone-desc = Työntekijät voivat perustaa työtiloja tiimeilleen, projekteilleen ja kiinnostuksen kohteilleen. Vieraat eivät voi luoda työtiloja.
settings-space-creation-admins = Vain ylläpitäjät
settings-space-creation-admins-desc = Jäsenet pyytävät ylläpitäjää luomaan työtilan heille.
settings-guests-enabled = Salli vierastilit ulkoisille kumppaneille
settings-guests-enabled-hint = Kun asetus ei ole käytössä, kukaan ei voi kutsua vieraita eivätkä nykyiset vieraat voi kirjautua sisään.
error-guests-disabled = Vierastilit eivät ole käytössä tässä organisaatiossa.
outcome-guests-disabled = Hylätty (vierastilit poissa käytöstä)

## Space errors
error-slug-invalid = Käytä 2–60 merkkiä: pieniä kirjaimia (a–z), numeroita ja yhdysmerkkejä, esimerkiksi ”hr-tiimi”.
error-slug-taken = Toinen työtila käyttää jo tätä osoitetta.
error-space-has-guests = Poista vieraat tästä työtilasta, ennen kuin rajaat sen vain sisäiseen käyttöön.
error-confirm-name = Vahvista kirjoittamalla työtilan nimi täsmälleen oikein.
error-last-owner = Työtilalla on oltava omistaja: tee ensin joku toinen omistajaksi.
error-remove-owner = Omistajia ei voi poistaa. Pyydä omistajaa ensin luopumaan roolistaan tai siirtämään se toiselle.
error-no-such-person = Kenelläkään organisaatiossa ei ole tätä sähköpostiosoitetta.
error-person-deactivated = Tämän henkilön tili on poistettu käytöstä.
error-space-internal = Tämä työtila on vain organisaation sisäiseen käyttöön: siihen ei voi lisätä vieraita.
error-already-member = Tämä henkilö on jo jäsen.
error-email-taken-invite-instead = Tällä henkilöllä on jo tili: kutsu hänet sen sijaan kollegana.
error-space-archived = Tämä työtila on arkistoitu, ja sitä voi vain lukea.
error-guest-role = Vieraat osallistuvat jäseninä; heistä ei voi tehdä moderaattoreita eikä omistajia.
error-transfer-self = Valitse toinen jäsen, jolle luovutat työtilan.
mail-partner-subject = Sinut on kutsuttu organisaation { $org } työtilaan { $space }
mail-partner-body = { $inviter } on kutsunut sinut mukaan työtilaan { $space }. Liityt ulkoisena vieraana ja näet vain sen, mitä kanssasi jaetaan.

## Spaces
nav-spaces = Työtilat
badge-external = Ulkoinen
action-cancel = Peruuta
action-change = Vaihda
spaces-title = Työtilat
spaces-lead = Tiimit, projektit, teemaryhmät ja kumppaniyhteistyö – kullakin omat jäsenensä.
spaces-create = Luo työtila
spaces-invitations = Sinulle lähetetyt kutsut
spaces-invited-by = Kutsuja: { $name }
spaces-accept = Liity
spaces-decline = Kieltäydy
spaces-filter = Näytä työtilat
spaces-scope-all = Kaikki
spaces-scope-mine = Omat
spaces-scope-public = Julkiset
spaces-scope-private = Yksityiset
spaces-scope-archived = Arkistoidut
spaces-search = Hae työtiloja
spaces-empty = Täällä ei ole vielä työtiloja
spaces-empty-body = Luo työtila tiimillesi tai projektillesi tai kokeile toista suodatinta.
space-member-count = { $count ->
    [one] { $count } jäsen
   *[other] { $count } jäsentä
}
space-visibility-public = Julkinen
space-visibility-private = Yksityinen
space-visibility-secret = Salainen
space-visibility-public-desc = Kaikki organisaatiossa näkevät työtilan ja sen sisällön ja voivat liittyä siihen.
space-visibility-private-desc = Näkyy kaikille työtilaluettelossa, mutta vain jäsenet näkevät sisällön. Muut voivat pyytää liittymistä.
space-visibility-secret-desc = Vain jäsenet tietävät työtilan olemassaolosta. Liittyminen onnistuu vain kutsusta.
space-role-owner = Omistaja
space-role-moderator = Moderaattori
space-role-member = Jäsen
space-archived = Arkistoitu
space-internal-only = Vain sisäiseen käyttöön
space-new-title = Luo työtila
space-new-lead = Työtila kokoaa ihmiset yhteen tiimin, projektin tai aiheen ympärille. Sinusta tulee sen omistaja.
space-field-name = Nimi
space-field-slug = Osoite
space-field-slug-hint = Työtilan verkko-osoitteen loppuosa. Jos jätät kentän tyhjäksi, osoite muodostetaan nimestä.
space-field-description = Kuvaus
space-field-visibility = Kuka näkee työtilan
space-field-color = Väri
space-color-n = Väri { $n }
space-field-posting = Kuka voi julkaista
space-posting-members = Kaikki jäsenet
space-posting-members-desc = Kaikki työtilan jäsenet voivat osallistua.
space-posting-moderators = Vain moderaattorit
space-posting-moderators-desc = Tiedottamiseen: jäsenet voivat lukea ja kommentoida.
space-field-guests = Vieraita (ulkoisia kumppaneita) saa kutsua
space-field-notifications = Jäsenten oletusilmoitukset
space-field-notifications-hint = Mistä uusille jäsenille ilmoitetaan. Jokainen voi muuttaa asetusta itse.
space-notify-all = Kaikki uudet julkaisut
space-notify-mentions = Vain omat maininnat
space-notify-muted = Ei mitään
space-nav-about = Tietoja
space-nav-members = Jäsenet
space-nav-requests = Pyynnöt
space-nav-settings = Asetukset
space-about = Tietoja työtilasta
space-no-description = Ei vielä kuvausta.
space-created = Luotu
space-archived-note = Tämä työtila on arkistoitu: kaikki sisältö on edelleen luettavissa, mutta uutta ei voi lisätä.
space-join = Liity työtilaan
space-leave = Poistu työtilasta
space-leave-confirm = Poistutaanko tästä työtilasta?
space-request = Pyydä liittymistä
space-request-message = Viesti moderaattoreille (valinnainen)
space-request-pending = Olet pyytänyt liittymistä. Moderaattori päättää asiasta.
space-withdraw = Peru pyyntö
space-all-members = Näytä kaikki
space-members-hidden = Vain jäsenet näkevät, ketkä kuuluvat tähän työtilaan.
space-members-title = Työtilan { $space } jäsenet
space-requests-title = Liittymispyynnöt työtilaan { $space }
space-settings-title = Työtilan { $space } asetukset
space-invite-colleague = Kutsu kollega
space-invite-colleague-hint = Kollegan työsähköpostiosoite. Hän näkee kutsun Työtilat-sivulla.
space-invite = Kutsu
space-invite-partner = Kutsu ulkoinen kumppani
space-invite-partner-hint = Kumppani saa sähköpostin, jonka kautta hän voi luoda vierastilin. Hän näkee vain ne työtilat, joihin hänet kutsutaan.
space-invite-partner-send = Lähetä kutsu
space-col-role = Rooli työtilassa
space-col-joined = Liittynyt
space-remove = Poista
space-remove-confirm = Poistetaanko { $name } työtilasta?
space-transfer = Siirrä omistajuus
space-transfer-confirm = Siirretäänkö omistajuus henkilölle { $name }? Sinusta tulee moderaattori.
space-archive-title = Arkistointi
space-archive-hint = Arkistoitua työtilaa voi vain lukea. Jäsenet voivat edelleen löytää ja lukea kaiken sisällön.
space-archive = Arkistoi työtila
space-unarchive-hint = Työtila on arkistoitu. Palauta se arkistosta, jotta jäsenet voivat taas osallistua.
space-unarchive = Palauta työtila arkistosta
space-delete-title = Poista työtila
space-delete-hint = Poistaminen hävittää työtilan ja kaiken sen sisällön pysyvästi. Toimintoa ei voi perua.
space-delete-confirm-label = Vahvista kirjoittamalla nimi ”{ $name }”
space-delete = Poista työtila pysyvästi
space-history = Historia
space-history-empty = Muutoksia ei ole vielä kirjattu.
space-audit-create = Työtila luotu
space-audit-settings = Asetuksia muutettu
space-audit-archive = Arkistoitu
space-audit-unarchive = Palautettu arkistosta
space-audit-join = Liittyi
space-audit-leave = Poistui
space-audit-request = Pyysi liittymistä
space-audit-request-approved = Pyyntö hyväksytty
space-audit-request-rejected = Pyyntö hylätty
space-audit-invite = Kollega kutsuttu
space-audit-invite-partner = Kumppani kutsuttu
space-audit-invitation-accepted = Kutsu hyväksytty
space-audit-add-member = Jäsen lisätty
space-audit-remove-member = Jäsen poistettu
space-audit-role = Rooli vaihdettu
space-audit-transfer = Omistajuus siirretty
space-audit-other = Muutos
notice-space-created = Työtilasi on valmis. Kutsu siihen ihmisiä Jäsenet-välilehdellä.
notice-space-joined = Tervetuloa työtilaan!
notice-space-left = Olet poistunut työtilasta.
notice-space-requested = Pyyntösi on lähetetty työtilan moderaattoreille.
notice-space-withdrawn = Pyyntösi on peruttu.
notice-space-invited = Kutsu on lähetetty.
notice-invitation-declined = Kieltäydyit kutsusta.
notice-member-removed = Jäsen on poistettu.
notice-ownership-transferred = Omistajuus on siirretty.
notice-request-approved = Pyyntö on hyväksytty.
notice-space-archived = Työtila on arkistoitu.
notice-space-unarchived = Työtila on taas käytössä.
notice-space-deleted = Työtila on poistettu.

## Home: spaces
home-spaces-title = Työtilasi
home-spaces-all = Kaikki työtilat
home-spaces-empty = Et ole vielä yhdessäkään työtilassa.
home-spaces-browse = Selaa työtiloja
home-spaces-more = Näytä kaikki työtilasi
home-space-invitations = { $count ->
    [one] Sinulla on kutsu työtilaan.
   *[other] Sinulla on { $count } kutsua työtiloihin.
}

## Stream
home-aside = Työtilasi ja tilisi
stream-title = Julkaisut
stream-empty = Täällä ei ole vielä mitään
stream-empty-home = Tässä näkyvät työtilojesi julkaisut ja kollegoidesi päivitykset. Kirjoita ensimmäinen!
stream-empty-space = Tässä työtilassa ei ole vielä julkaisuja. Aloita keskustelu!
stream-older = Näytä vanhemmat julkaisut
post-title = Julkaisu
post-compose-profile = Jaa päivitys kollegoillesi…
post-compose-space = Kirjoita työtilaan { $space }…
post-send = Julkaise
post-preview = Esikatselu
post-write = Kirjoita
mention-suggestions = Mainittavat henkilöt
post-markdown-hint = Voit käyttää Markdownia: **lihavointi**, *kursiivi*, luettelot, `koodi`, linkit.
post-moderators-only = Tähän työtilaan julkaisevat vain moderaattorit, mutta kaikki voivat kommentoida.
post-edited = muokattu
post-delete-confirm = Poistetaanko julkaisu ja sen kommentit?
post-comment-count = { $count ->
    [0] Ei kommentteja
    [one] 1 kommentti
   *[other] { $count } kommenttia
}
post-show-all-comments = { $count ->
    [one] Näytä kommentti
   *[other] Näytä kaikki { $count } kommenttia
}
post-comments = Kommentit
post-edit-title = Muokkaa julkaisua
post-field-body = Teksti
post-error-title = Julkaiseminen ei onnistunut
post-error-kept = Tässä on kirjoittamasi teksti, jotta se ei katoa. Kopioi se, palaa takaisin ja yritä uudelleen.
post-error-back = Palaa takaisin
post-history-title = Muokkaushistoria
post-history-back = Takaisin julkaisuun
post-history-current = Nykyinen versio
post-history-before = Ennen muokkausta { $time }
comment-write = Kirjoita kommentti…
comment-send = Kommentoi
comment-reply = Vastaa
comment-edit-title = Muokkaa kommenttia
comment-delete-confirm = Poistetaanko kommentti ja sen vastaukset?
action-edit = Muokkaa
action-delete = Poista
reaction-like = Tykkää
reaction-thanks = Kiitos
reaction-celebrate = Hurraa
reaction-insightful = Oivaltava
post-reactors = Ketkä reagoivat
reaction-funny = Hauska
notice-post-saved = Muutokset on tallennettu.
notice-post-deleted = Julkaisu on poistettu.
error-post-too-long = Julkaisussa voi olla enintään 10 000 merkkiä.
error-comment-too-long = Kommentissa voi olla enintään 5 000 merkkiä.
error-no-such-comment = Kommenttia ei ole enää olemassa.
error-reaction-unknown = Tuntematon reaktio.
stream-new-posts = { $count ->
    [one] 1 uusi julkaisu – näytä
   *[other] { $count } uutta julkaisua – näytä
}

stream-filter = Näytä julkaisut
stream-show-all = Kaikki
stream-show-spaces = Työtilani
stream-show-mentions = Maininnat minusta
stream-show-saved = Tallennetut
stream-empty-mentions = Kukaan ei ole vielä maininnut sinua. Kun joku kirjoittaa @ ja nimesi, julkaisu näkyy täällä.
stream-empty-saved = Et ole tallentanut julkaisuja. Valitse julkaisusta ”Tallenna”, niin löydät sen täältä myöhemmin.
stream-empty-topic = Tällä aiheella ei ole vielä julkaisuja, jotka voit nähdä.
post-pinned = Kiinnitetty
post-pin = Kiinnitä
post-unpin = Irrota
post-save = Tallenna
post-unsave = Tallennettu ✓
post-unreachable-mentions = Heille ei lähetetty ilmoitusta, koska he eivät näe tätä julkaisua: { $names }
topic-lead = Aiheen julkaisut, jotka voit nähdä, uusimmat ensin.

## Announcements and reports
notice-announced = Julkaisu näkyy nyt tiedotteena kaikkien etusivulla.
notice-unannounced = Julkaisu ei ole enää tiedote.
notice-reported = Kiitos. Moderaattorit käsittelevät ilmoituksesi.
notice-report-resolved = Ilmoitus on käsitelty.
post-announce = Tiedota kaikille
post-unannounce = Lopeta tiedottaminen
post-report = Ilmoita
report-title = Ilmoita asiattomasta sisällöstä
report-lead = Kerro moderaattoreille, mikä on vialla. Vain he näkevät ilmoituksesi.
report-reason = Mikä on ongelma?
report-send = Lähetä ilmoitus
reports-title = Ilmoitukset
reports-lead = Julkaisut ja kommentit, joista on ilmoitettu paikoissa, joita moderoit.
reports-empty = Ei avoimia ilmoituksia
reports-by = ilmoittaja: { $name }
reports-reason = Syy:
reports-open = Avaa asiayhteydessään
reports-remove = Poista
reports-remove-confirm = Poistetaanko ilmoitettu sisältö?
reports-dismiss = Säilytä
announcements-title = Tiedote
announcements-dismiss = Piilota
error-announce-audience = Tiedotteeksi voi nostaa vain julkaisun, jonka koko organisaatio näkee.

## Following
follow-start = Seuraa
follow-stop = Lopeta seuraaminen
following-title = Seuratut
following-lead = Ihmiset, työtilat ja aiheet, joiden julkaisut tulevat etusivullesi. Omia työtilojasi seuraat myös, ellet lopeta.
following-empty = Et seuraa vielä mitään muuta
following-empty-body = Seuraa ihmisiä, työtiloja ja aiheita niiden sivuilta.
following-person = Henkilö
following-space = Työtila
following-topic = Aihe
stream-show-following = Seuratut
stream-empty-following = Seuraamiltasi ihmisiltä, työtiloista ja aiheista ei ole vielä julkaisuja.
stream-empty-person = Ei vielä julkaisuja, jotka voit nähdä.
error-follow-self = Et voi seurata itseäsi.

## Notifications
notif-bell = Ilmoitukset
notif-bell-unread = { $count ->
    [one] Ilmoitukset, 1 lukematon
   *[other] Ilmoitukset, { $count } lukematonta
}
notif-title = Ilmoitukset
notif-read-all = Merkitse kaikki luetuiksi
notif-unread = Lukemattomat
notif-unread-one = lukematon
notif-empty = Ei vielä ilmoituksia
notif-empty-unread = Olet lukenut kaiken
notif-empty-body = Tänne tulevat maininnat, vastaukset, reaktiot ja pyynnöt, jotka koskevat sinua.
notice-all-read = Kaikki ilmoitukset on merkitty luetuiksi.
notif-someone = Joku
notif-mention = { $actor } mainitsi sinut
notif-comment-own = { $others ->
    [0] { $actor } kommentoi julkaisuasi
    [one] { $actor } ja yksi muu kommentoivat julkaisuasi
   *[other] { $actor } ja { $others } muuta kommentoivat julkaisuasi
}
notif-comment = { $others ->
    [0] { $actor } kommentoi keskusteluun, jota seuraat
    [one] { $actor } ja yksi muu kommentoivat keskusteluun, jota seuraat
   *[other] { $actor } ja { $others } muuta kommentoivat keskusteluun, jota seuraat
}
notif-reaction = { $others ->
    [0] { $actor } reagoi julkaisuusi
    [one] { $actor } ja yksi muu reagoivat julkaisuusi
   *[other] { $actor } ja { $others } muuta reagoivat julkaisuusi
}
notif-space-post = { $count ->
    [one] { $actor } julkaisi työtilassa { $space }
   *[other] { $count } uutta julkaisua työtilassa { $space }
}
notif-added = { $actor } lisäsi sinut työtilaan { $space }
notif-invitation = { $actor } kutsui sinut työtilaan { $space }
notif-join-request = { $others ->
    [0] { $actor } haluaa liittyä työtilaan { $space }
    [one] { $actor } ja yksi muu haluavat liittyä työtilaan { $space }
   *[other] { $actor } ja { $others } muuta haluavat liittyä työtilaan { $space }
}
notif-request-approved = Pyyntösi liittyä työtilaan { $space } hyväksyttiin
notif-request-declined = Pyyntöäsi liittyä työtilaan { $space } ei hyväksytty
notif-role-changed = Roolisi työtilassa { $space } on nyt: { $role }
notif-announcement = { $actor } julkaisi tiedotteen kaikille

## Notification settings
account-nav-notifications = Ilmoitukset
notif-settings-title = Ilmoitusasetukset
notif-settings-lead = Valitse, mistä haluat kuulla ja miten. Kaikki paitsi ”Ei lainkaan” näkyy myös kellokuvakkeen alla.
notif-settings-no-mail = Organisaatiolle ei ole vielä määritetty sähköpostia, joten toistaiseksi kaikki tulee vain Kaikuun.
notif-settings-kinds = Mistä kuulet
notif-settings-what = Mistä
notif-settings-how = Miten
notif-settings-digests = Koosteet
notif-settings-digests-lead = Kooste kokoaa lukemattomat asiat yhteen sähköpostiin työtiloittain. Jos uutta ei ole, mitään ei lähetetä.
notif-digest-hour = Koosteiden kellonaika
notif-digest-weekday = Viikkokoosteen päivä
field-time-zone = Aikavyöhyke
time-zone-hint = Kaikun ja koosteidesi kellonajat noudattavat tätä aikavyöhykettä.
time-zone-org-default = Organisaation oletus ({ $zone })
notice-notifications-saved = Ilmoitusasetukset on tallennettu.
error-time-zone-invalid = Valitse aikavyöhyke luettelosta.
notif-kind-mention = Maininnat minusta
    .hint = Joku kirjoittaa @nimesi julkaisuun tai kommenttiin.
notif-kind-comment = Kommentit keskusteluissani
    .hint = Kommentit julkaisuihisi sekä keskusteluihin, joihin osallistut tai joita seuraat.
notif-kind-reaction = Reaktiot julkaisuihini
    .hint = Tykkäykset, kiitokset ja muut reaktiot julkaisukohtaisesti koottuina.
notif-kind-space-post = Uudet julkaisut työtiloissani
    .hint = Vain työtiloista, joissa olet valinnut ”Jokainen uusi julkaisu”.
notif-kind-announcement = Tiedotteet
    .hint = Organisaation tiedotteet kaikille.
notif-kind-invitation = Kutsut työtiloihin
    .hint = Joku kutsuu sinut työtilaan tai lisää sinut siihen.
notif-kind-join-request = Liittymispyynnöt työtiloihini
    .hint = Työtiloista, joiden omistaja tai moderaattori olet.
notif-kind-request-decided = Vastaukset pyyntöihini
    .hint = Pyyntösi liittyä työtilaan hyväksytään tai hylätään.
notif-kind-role-changed = Muutokset rooliini
    .hint = Joku tekee sinusta työtilan jäsenen, moderaattorin tai omistajan.
notif-delivery-app = Vain Kaikussa
notif-delivery-email = Sähköpostilla heti
notif-delivery-daily = Päivittäinen kooste
notif-delivery-weekly = Viikkokooste
notif-delivery-off = Ei lainkaan
weekday-1 = maanantai
weekday-2 = tiistai
weekday-3 = keskiviikko
weekday-4 = torstai
weekday-5 = perjantai
weekday-6 = lauantai
weekday-7 = sunnuntai
space-level-label = Ilmoitukset tästä työtilasta
space-level-all = Jokainen uusi julkaisu
space-level-mentions = Maininnat ja omat keskusteluni
space-level-muted = Vain maininnat minusta
space-level-chosen = Oma valintasi.
space-level-default = Työtilan oletus. Voit valita tässä oman.
notice-space-level-saved = Tallennettu: saat nyt ilmoituksia tästä työtilasta valintasi mukaan.
thread-following = Seuraat tätä keskustelua: uusista kommenteista tulee ilmoitus.
thread-muted = Olet mykistänyt tämän keskustelun: ilmoitus tulee vain, jos sinut mainitaan.
thread-none = Et seuraa tätä keskustelua.
thread-follow = Seuraa keskustelua
thread-mute = Mykistä keskustelu
notice-thread-followed = Seuraat nyt tätä keskustelua.
notice-thread-muted = Keskustelu on mykistetty.
notice-thread-unfollowed = Et enää seuraa tätä keskustelua.

## Unsubscribing from e-mail
unsubscribe-title = Sähköposti-ilmoitusten peruminen
unsubscribe-kind = sähköpostit aiheesta ”{ $kind }”
unsubscribe-daily = päivittäinen kooste
unsubscribe-weekly = viikkokooste
unsubscribe-confirm = Tällä linkillä lopetat: { $what }. Näet edelleen kaiken Kaikussa kellokuvakkeen alla.
unsubscribe-button = Lopeta nämä sähköpostit
unsubscribe-done = Valmis. Lopetettu: { $what }.
unsubscribe-done-more = Ilmoitukset näkyvät edelleen Kaikussa kellokuvakkeen alla. Voit muuttaa tätä milloin tahansa ilmoitusasetuksistasi.
unsubscribe-settings = Ilmoitusasetukset

## Notification e-mail
mail-notif-in-space = Työtilassa { $space }
mail-notif-open = Avaa
mail-notif-settings = Valitse, mitä sähköposteja saat
mail-unsubscribe-kind = Lopeta tällaiset sähköpostit
mail-unsubscribe-daily = Lopeta päivittäinen kooste
mail-unsubscribe-weekly = Lopeta viikkokooste
mail-digest-daily-subject = { $count ->
    [one] { $org }: 1 uusi asia sinulle
   *[other] { $org }: { $count } uutta asiaa sinulle
}
mail-digest-weekly-subject = { $count ->
    [one] { $org }: viikkosi, 1 uusi asia
   *[other] { $org }: viikkosi, { $count } uutta asiaa
}
mail-digest-intro-count = { $count ->
    [one] Tässä yksi asia, jota et ole vielä nähnyt.
   *[other] Tässä { $count } asiaa, joita et ole vielä nähnyt.
}
mail-digest-daily-intro = Tämä on päivittäinen koosteesi.
mail-digest-weekly-intro = Tämä on viikkokoosteesi.
mail-digest-elsewhere = Muualla organisaatiossa
mail-digest-open = Näytä kaikki ilmoitukset

## E-mail delivery log
admin-nav-mail = Sähköpostien toimitus
admin-mail-title = Sähköpostien toimitus
admin-mail-lead = Jokainen Kaikun lähettämä viesti uusimmasta alkaen: mikä toimitettiin, mikä odottaa uutta yritystä ja miksi.
admin-mail-empty = Ei vielä sähköposteja
admin-mail-col-time = Jonoon lisätty
admin-mail-col-to = Vastaanottaja
admin-mail-col-subject = Aihe
admin-mail-col-status = Tila
admin-mail-not-written = Kirjoitetaan lähetettäessä
admin-mail-purpose-system = Tiliin liittyvä viesti
admin-mail-purpose-notification = Ilmoitus
admin-mail-purpose-digest = Kooste
admin-mail-sent = Lähetetty
admin-mail-failed = Epäonnistui
admin-mail-cancelled = Jätetty lähettämättä
admin-mail-pending = Odottaa
admin-mail-retry = seuraava yritys { $when }
admin-mail-attempts = { $count ->
    [one] 1 yritys
   *[other] { $count } yritystä
}
settings-default-time-zone = Aikavyöhyke
settings-default-time-zone-hint = Kaikille, jotka eivät ole valinneet omaansa: sivujen kellonajat ja koosteiden lähetysaika.

## People and organisation
nav-people = Ihmiset
nav-my-profile = Oma profiili
people-title = Ihmiset
people-lead = Koko organisaatio: kuka tekee mitä ja missä – ja miten hänet tavoittaa.
people-filters = Suodata ihmisiä
people-search = Nimi, tehtävänimike tai sähköposti
people-unit = Yksikkö
people-location = Sijainti
people-language = Kielitaito
people-skill = Taito
people-clear = Tyhjennä suodattimet
people-empty = Täällä ei ole ketään
people-empty-filtered = Kukaan ei vastaa kaikkia näitä suodattimia. Kokeile vähemmillä.
experts-title = Kuka osaa…?
experts-lead = Löydä asiaan perehtyneet ihmiset: ensin ilmoitetun osaamisen ja sitten viimeaikaisen osallistumisen perusteella.
experts-ask = Kuka tuntee aiheen…
experts-placeholder = esim. SAP, työturvallisuus, Python
experts-find = Etsi osaajia
experts-found = Henkilöt, jotka tuntevat aiheen ”{ $topic }”
experts-none = Kukaan ei ole vielä lisännyt osaamisiinsa aihetta ”{ $topic }”
experts-none-body = Kokeile laajempaa tai eri tavalla kirjoitettua hakusanaa tai selaa henkilöhakemistoa.
profile-edit = Muokkaa profiilia
profile-vcard = Tallenna yhteystieto
profile-contact = Yhteystiedot
profile-phone-work = Työpuhelin
profile-phone-mobile = Matkapuhelin
profile-location = Sijainti
profile-location-hint = Toimipisteesi tai paikkakuntasi, esim. Tampere. Ihmisiä voi suodattaa sen mukaan.
profile-start-date = Aloittanut
profile-reporting = Raportointisuhteet
profile-manager-line = Esihenkilöt
profile-reports = { $count ->
    [one] 1 suora alainen
   *[other] { $count } suoraa alaista
}
profile-spaces = Työtilat
profile-about = Tietoja
profile-skills = Taidot ja osaaminen
profile-languages = Kielitaito
profile-certificates = Sertifikaatit ja lupakirjat
profile-cert-issued = myönnetty { $date }
profile-cert-expires = voimassa { $date } asti
profile-cert-expired = vanhentunut { $date }
profile-posts = Julkaisut
profile-edit-title = Muokkaa profiilia
profile-edit-lead-own = Tänne kirjoittamasi tiedot auttavat kollegoita löytämään sinut ja näkemään, mitä osaat.
profile-edit-lead-other = Muokkaat henkilön { $name } profiilia. Muutos kirjataan muutoshistoriaan.
profile-photo = Kuva
profile-photo-choose = Valitse kuva
profile-photo-hint = JPEG-, PNG-, WebP- tai GIF-kuva, enintään 8 Mt. Kuva rajataan neliöksi, eikä tiedostosta säilytetä mitään muuta (kuten tietoa kuvauspaikasta).
profile-photo-upload = Lataa
profile-photo-remove = Poista kuva
profile-basics = Perustiedot
profile-no-unit = Ei yksikköä
profile-manager = Esihenkilö
profile-manager-hint = Henkilön sähköpostiosoite.
profile-locked-hint = Harmaina näkyvät kentät tulevat HR-järjestelmästä. Jos niihin tarvitaan muutoksia, ota yhteyttä ylläpitäjään.
profile-bio = Tietoja minusta
profile-bio-hint = Muutama sana työstäsi ja siitä, missä voit auttaa. Voit käyttää Markdownia.
profile-skills-hint = Yksi taito riviä kohden, halutessasi myös osaamisen taso. Tyhjät rivit ohitetaan.
profile-skill = Taito
profile-skill-level = Taso
profile-language = Kieli
profile-language-level = Taitotaso
profile-certificates-hint = Sertifikaatit, lupakirjat ja luvat päivämäärineen.
profile-cert-name = Nimi
profile-cert-issuer = Myöntäjä
profile-cert-issued-on = Myönnetty
profile-cert-expires-on = Voimassa asti
profile-more = Lisätiedot
notice-photo-saved = Kuvasi on tallennettu.
notice-photo-removed = Kuva on poistettu.
skill-level-1 = perustaso
skill-level-2 = hyvä
skill-level-3 = asiantuntija
language-level-native = äidinkieli
language-level-fluent = sujuva
language-level-good = hyvä
language-level-basic = perustaso
language-fi = suomi
language-sv = ruotsi
language-et = viro
language-nl = hollanti
language-en = englanti
language-de = saksa
language-fr = ranska
language-es = espanja
language-it = italia
language-pt = portugali
language-ru = venäjä
language-uk = ukraina
language-pl = puola
language-lt = liettua
language-lv = latvia
language-no = norja
language-da = tanska
language-is = islanti
language-se = pohjoissaame
language-zh = kiina
language-ja = japani
language-ar = arabia
language-hi = hindi
language-tr = turkki
error-phone-invalid = Anna puhelinnumero numeroina, esimerkiksi +358 40 123 4567.
error-date-invalid = Anna päivämäärä muodossa vuosi-kuukausi-päivä, esimerkiksi 2026-03-31.
error-manager-loop = Raportointisuhteisiin syntyisi kehä: kenenkään esihenkilö ei voi olla hänen oma alaisensa.
error-no-such-unit = Tällaista yksikköä ei ole.
error-field-locked = Tätä kenttää hallinnoivat ylläpitäjät ja HR-järjestelmä.
error-field-value-invalid = Jonkin lisätiedon arvo ei sovi kentän tyyppiin.
error-no-such-field = Tällaista kenttää ei ole.
error-bio-too-long = Tekstissä voi olla enintään 4 000 merkkiä.
error-skill-invalid = Taidon nimessä voi olla enintään 60 merkkiä.
error-too-many = Näitä on enemmän kuin tässä sallitaan.
error-expiry-before-issue = Sertifikaatin voimassaolo ei voi päättyä ennen myöntämispäivää.
error-photo-invalid = Kaiku ei pysty käyttämään tätä kuvaa. Valitse JPEG-, PNG-, WebP- tai GIF-kuva.
error-photo-too-large = Kuva on suurempi kuin 8 Mt.
error-photo-dimensions = Kuva on liian leveä tai korkea (sivun pituus enintään 10 000 pikseliä).
org-title = Organisaatio
org-lead = Organisaation yksiköt ylimmästä alimpaan.
org-manage = Hallitse yksiköitä
org-empty = Ei vielä yksiköitä
org-lead-by = vetäjä: { $name }
org-people-count = { $count ->
    [one] 1 henkilö
   *[other] { $count } henkilöä
}
org-path = Sijainti organisaatiossa
org-unit-directory = Näytä henkilöhakemistossa
org-unit-edit = Muokkaa yksikköä
org-unit-lead = Vetäjä
org-unit-children = Alayksiköt
org-unit-people = Henkilöt
org-unit-no-people = Tähän yksikköön ei kuulu suoraan ketään.
orgkind-group = Konserni
orgkind-company = Yritys
orgkind-business-unit = Liiketoimintayksikkö
orgkind-department = Osasto
orgkind-team = Tiimi
admin-nav-org = Organisaatio
admin-nav-profile = Profiilit
admin-org-title = Organisaation yksiköt
admin-org-lead = Yritysten, liiketoimintayksiköiden, osastojen ja tiimien puurakenne. Jokainen henkilö kuuluu yhteen yksikköön.
admin-org-add = Lisää yksikkö
admin-org-name = Nimi
admin-org-kind = Tyyppi
admin-org-parent = Yläyksikkö
admin-org-top = Ei yläyksikköä (ylin taso)
admin-org-description = Kuvaus
admin-org-remove = Poista
admin-org-remove-confirm = Poistetaanko tämä yksikkö? Vain tyhjän yksikön voi poistaa.
admin-org-kinds = Yksikkötyypit
admin-org-kind-new = Uusi tyyppi
admin-org-kind-add = Lisää tyyppi
error-unit-loop = Yksikkö ei voi kuulua itseensä eikä omaan alayksikköönsä.
error-unit-not-empty = Poistaa voi vain yksikön, jossa ei ole henkilöitä eikä alayksiköitä.
error-kind-in-use = Tämä tyyppi on vielä käytössä joissakin yksiköissä.
admin-profile-title = Profiilit
admin-profile-lead = Mitä tietoja jokaisessa profiilissa on ja kuka niitä ylläpitää.
admin-profile-locks = Ylläpitäjien hallinnoimat tiedot
admin-profile-locks-lead = Nämä tiedot tulevat HR-järjestelmästä: ihmiset näkevät ne profiilissaan mutta eivät voi muuttaa niitä.
admin-profile-fields = Lisätiedot
admin-profile-no-fields = Lisätietokenttiä ei ole vielä.
admin-profile-add = Lisää kenttä
admin-profile-label = Nimi
admin-profile-kind = Tyyppi
admin-profile-choices = Vaihtoehdot
admin-profile-choices-hint = Valintakentälle: yksi vaihtoehto riviä kohden.
admin-profile-visibility = Kuka näkee
admin-profile-self-service = Henkilöt täyttävät itse
admin-profile-remove-confirm = Poistetaanko tämä kenttä kaikista profiileista?
error-choices-required = Anna vähintään yksi vaihtoehto.
field-kind-text = Teksti
field-kind-choice = Valinta
field-kind-date = Päivämäärä
field-kind-link = Linkki
field-kind-phone = Puhelinnumero
field-visibility-everyone = Kaikki, jotka näkevät henkilön
field-visibility-members = Organisaation jäsenet (ei kumppanit)
field-visibility-private = Vain ylläpitäjät ja henkilö itse
lockable-unit = Yksikkö
lockable-title = Tehtävänimike
lockable-manager = Esihenkilö
lockable-phones = Puhelinnumerot
lockable-start-date = Aloituspäivä
user-audit-title = Ylläpitäjien tekemät muutokset
user-audit-empty = Muutoksia ei ole kirjattu.
user-audit-create = Tili luotu
user-audit-role = Rooli vaihdettu
user-audit-deactivate = Poistettu käytöstä
user-audit-reactivate = Otettu uudelleen käyttöön
user-audit-reset-link = Salasanan palautuslinkki luotu
user-audit-set-password = Salasana asetettu
user-audit-profile = Profiilia muutettu
user-audit-photo = Kuva vaihdettu
user-audit-photo-removed = Kuva poistettu
user-audit-other = Muu muutos
user-audit-title = Ylläpitäjien tekemät muutokset
user-audit-empty = Muutoksia ei ole kirjattu.
user-audit-create = Tili luotu
user-audit-role = Rooli vaihdettu
user-audit-deactivate = Poistettu käytöstä
user-audit-reactivate = Otettu taas käyttöön
user-audit-reset-link = Salasanan palautuslinkki luotu
user-audit-set-password = Salasana asetettu
user-audit-profile = Profiilia muutettu
user-audit-photo = Kuva vaihdettu
user-audit-photo-removed = Kuva poistettu
user-audit-other = Muu muutos

## Search
error-search-too-long = Haku voi olla enintään 500 merkkiä pitkä.
error-search-type = Valitse, mitä haetaan: julkaisuja, kommentteja, tiloja, ihmisiä tai aiheita.
error-search-space = Tilaa ei ole olemassa, tai et näe sitä.
error-search-age = Valitse aikaväli listasta.
error-search-dates = Alkupäivän on oltava ennen loppupäivää.
search-label = Haku
search-placeholder = Hae ihmisiä, työtiloja, julkaisuja…
search-suggestions = Ehdotukset
search-title = Haku
search-title-for = Haku: { $query }
search-hint = Lainausmerkeillä haet tarkkaa ilmausta, ja miinusmerkillä jätät sanan pois, esimerkiksi -luonnos.
search-submit = Hae
search-indexing = Hakuhakemistoa rakennetaan vielä, joten osa tuloksista voi hetken puuttua.
search-narrow = Rajaa tuloksia
search-facet-type = Tyyppi
search-facet-space = Työtila
search-facet-author = Kirjoittaja
search-facet-date = Ajankohta
search-facet-any = Näytä kaikki
search-dates = Aikaväli
search-from = Alkaen
search-to = Päättyen
search-clear = Poista rajaukset
search-count = { $count ->
    [0] Ei tuloksia
    [one] { $count } tulos
   *[other] { $count } tulosta
}
search-sort = Järjestys
search-sort-relevance = Osuvimmat
search-sort-newest = Uusimmat ensin
search-did-you-mean = Tarkoititko
search-nothing = Mitään ei löytynyt
search-nothing-narrowed = Näillä rajauksilla ei löydy mitään. Kokeile poistaa ne.
search-nothing-tips = Tarkista kirjoitusasu, kokeile vähemmän tai yleisempiä sanoja tai hae osalla pitkästä sanasta.
search-start = Mitä etsit?
search-kind-post = Julkaisu
search-kind-comment = Kommentti
search-kind-space = Työtila
search-kind-person = Henkilö
search-kind-topic = Aihe
search-kinds-post = Julkaisut
search-kinds-comment = Kommentit
search-kinds-space = Työtilat
search-kinds-person = Ihmiset
search-kinds-topic = Aiheet
search-age-day = Viimeiset 24 tuntia
search-age-week = Viimeiset 7 päivää
search-age-month = Viimeiset 30 päivää
search-age-year = Viimeiset 12 kuukautta
search-age-older = Vanhemmat
search-suggest-content = Julkaisut ja kommentit
search-suggest-none = Ei vielä ehdotuksia. Paina Enter, niin haet kaikkialta.
search-suggest-all = Kaikki tulokset haulle ”{ $query }”

## The wiki

space-nav-wiki = Wiki
wiki-title = Wiki · { $space }
wiki-pages = Sivut
wiki-new = Uusi sivu
wiki-new-below = Alasivu
wiki-new-title = Uusi sivu
wiki-edit-title = Muokataan sivua ”{ $title }”
wiki-empty = Sivuja ei ole vielä
wiki-empty-write = Aloita tilan käsikirja: käytännöt, ohjeet, yhteystiedot – kaikki, mitä etsitään yhä uudelleen.
wiki-page-empty = Sivulla ei ole vielä tekstiä.
wiki-updated-by = Muokannut { $name }
wiki-path = Sivun sijainti
wiki-history = Historia
wiki-history-title = Sivun ”{ $title }” historia
wiki-children = Alasivut
wiki-version = Versio { $number }
wiki-current = Nykyinen
wiki-delete-confirm = Poistetaanko sivu? Sen alasivut siirtyvät tasoa ylemmäs.
wiki-field-title = Otsikko
wiki-field-parent = Sijoita sivun alle
wiki-parent-top = Wikin ylin taso
wiki-field-body = Teksti
wiki-field-summary = Mitä muutit? (vapaaehtoinen)
wiki-summary-hint = Lyhyt kuvaus sivun historiaan, esimerkiksi ”Päivitetty lomien ajankohdat”.
wiki-conflict-theirs = { $name } tallensi version { $number } sillä välin, kun muokkasit
wiki-conflict-hint = Tekstisi on tallessa alla olevassa lomakkeessa. Vertaa sitä toisen versioon, ota siitä tarvitsemasi ja tallenna uudelleen.
wiki-restored-from = Palautti version { $number }
wiki-then-titled = Otsikkona silloin ”{ $title }”
wiki-restore = Palauta tämä versio
wiki-restore-confirm = Palautetaanko versio { $number } nykyiseksi? Mitään ei katoa: myöhemmät versiot jäävät historiaan.
wiki-revision-title = Versio { $number }
wiki-first-version = Ensimmäinen versio
wiki-changes-since = Muutokset versioon { $number } verrattuna
wiki-changes = Muutokset
wiki-no-text-changes = Teksti ei muuttunut tässä versiossa.
wiki-line-added = Lisätty:
wiki-line-removed = Poistettu:
wiki-lines-unchanged = { $count ->
    [one] { $count } muuttumaton rivi
   *[other] { $count } muuttumatonta riviä
}
notice-wiki-saved = Sivu on tallennettu.
notice-wiki-deleted = Sivu on poistettu.
notice-wiki-restored = Aiempi versio on taas nykyinen.
error-wiki-conflict = Joku tallensi sivusta uudemman version sillä välin, kun työstit sitä, joten mitään ei tallennettu.
error-wiki-gone = Sivu poistettiin sillä välin, kun muokkasit sitä. Tekstisi on tallessa alla: tallenna se uutena sivuna tai jätä sikseen.
error-wiki-parent = Valitse tämän wikin sivu, joka ei ole tämä sivu eikä sen alasivu ja joka on enintään 8 tason syvyydellä.
error-wiki-title-too-long = Otsikossa voi olla enintään 200 merkkiä.
error-wiki-body-too-long = Sivulla voi olla enintään 100 000 merkkiä.
error-wiki-summary-too-long = Kuvauksessa voi olla enintään 300 merkkiä.
search-kind-wiki = Wikisivu
search-kinds-wiki = Wikisivut
