## Kaiku — eesti (Estonian)
## Every message in en/main.ftl must exist here too, and no others (a test checks).

## Navigation and layout
nav-skip = Liigu sisu juurde
nav-main = Peamenüü
nav-home = Avaleht
nav-account = Konto
nav-admin = Haldus
nav-sessions = Seansid
nav-tokens = API-võtmed
nav-sign-out = Logi välja
footer-powered = Põhineb platvormil { $product }
footer-language = Keel
footer-language-apply = Muuda
back-to-login = Tagasi sisselogimise juurde
pager-more = Näita rohkem
pager-older = Vanemad kirjed
filter-all = Kõik
action-save = Salvesta muudatused
action-filter = Filtreeri
action-copy = Kopeeri
action-copied = Kopeeritud!

## Form fields
field-name = Täisnimi
field-name-optional = Nimi (valikuline)
field-email = E-posti aadress
field-work-email = Töö e-posti aadress
field-password = Parool
field-current-password = Praegune parool
field-new-password = Uus parool
field-confirm-password = Korda uut parooli
field-job-title = Ametinimetus
field-language = Keel
hint-password = Vähemalt 10 märki. Mõnest omavahel mitteseotud sõnast saab tugeva ja kergesti meeldejääva parooli.

## Roles and states
role-admin = Administraator
role-member = Liige
role-guest = Külaline (väline)
role-member-desc = Töötaja: näeb organisatsiooni avalikke tööruume, inimesi ja uudiseid.
role-guest-desc = Väline partner: näeb ainult neid tööruume, kuhu ta on kutsutud.
state-active = Aktiivne
state-deactivated = Deaktiveeritud

## Validation errors
error-required = Täida see väli.
error-too-long = See on liiga pikk.
error-invalid-characters = See sisaldab lubamatuid märke.
error-email-invalid = Sisesta e-posti aadress, näiteks name@example.com.
error-email-taken = Selle e-posti aadressiga on juba konto olemas.
error-password-short = Kasuta vähemalt 10 märki.
error-password-mismatch = Paroolid ei ühti.
error-password-wrong = See pole sinu praegune parool.
error-login-failed = E-posti aadress või parool on vale.
error-account-deactivated = See konto on deaktiveeritud. Kui vajad ligipääsu, võta ühendust administraatoriga.
error-rate-limited = Liiga palju ebaõnnestunud sisselogimiskatseid. Oota { $minutes ->
    [one] üks minut
   *[other] { $minutes } minutit
} ja proovi uuesti.
error-setup-code = Seadistuskood on vale. Kopeeri see serveri logist.
error-choice-invalid = Vali üks valikutest.
error-color-invalid = Vali värv kujul #RRGGBB.
error-domain-invalid = Sisesta domeenid komadega eraldatult, näiteks example.com.
error-domains-required = Kui registreerumine on avatud e-posti domeenide alusel, lisa vähemalt üks domeen.
error-domain-not-allowed = Selle e-posti domeeniga ei saa registreeruda. Palu administraatorilt kutset.
error-host-invalid = Sisesta ainult serveri nimi, näiteks smtp.example.com.
error-port-invalid = Sisesta pordi number vahemikus 1–65535.
error-last-admin = Organisatsioonil peab olema vähemalt üks aktiivne administraator.
error-deactivate-self = Oma kontot ei saa deaktiveerida.
error-mail-not-configured = E-post pole veel seadistatud. Täida esmalt allolevad SMTP-seaded.
error-cursor-invalid = See lehe link ei kehti enam.
error-limit-range = Lehe suurus peab olema vahemikus 1–100.
error-conflict = See on vastuolus samal ajal tehtud muudatusega. Proovi uuesti.
error-from-required = Sisesta saatja aadress, mida SMTP-server aktsepteerib.

## Error pages
error-home = Mine avalehele
error-400-title = Päringus oli midagi valesti
error-400-body = Leht ei saanud saadetud andmetest aru. Mine tagasi ja proovi uuesti.
error-403-title = Sul pole sellele ligipääsu
error-403-body = Sinu kontol pole õigust seda lehte avada. Kui see peaks sinu arvates olema lubatud, võta ühendust administraatoriga.
error-404-title = Lehte ei leitud
error-404-body = Leht võib olla teisaldatud või eemaldatud või on lingis trükiviga.
error-409-title = See ei õnnestunud
error-409-body = Muudatus on vastuolus praeguse olekuga. Laadi leht uuesti ja proovi veel kord.
error-413-title = See oli liiga suur
error-413-body = Saadetud sisu on suurem, kui Kaiku lubab. Proovi millegi väiksemaga.
error-429-title = Natuke aeglasemalt
error-429-body = Lühikese aja jooksul tehti liiga palju päringuid. Oota hetk ja proovi uuesti.
error-500-title = Meie poolel läks midagi valesti
error-500-body = Viga on logitud. Proovi hetke pärast uuesti.
error-405-title = Seda ei saa siin teha
error-405-body = See leht ei võta sellist päringut vastu. Mine tagasi ja kasuta lehe enda nuppe.

## API problems
problem-unauthenticated = Nõutav on kehtiv isiklik API-võti: saada see kujul „Authorization: Bearer <token>“.
problem-not-found = Ei leitud või sul pole sellele ligipääsu.
problem-forbidden = Sul pole lubatud seda teha.
problem-invalid = Mõned väärtused on vigased.
problem-rate-limited = Liiga palju päringuid. Proovi hiljem uuesti.
problem-internal = Serveris läks midagi valesti. Proovi hiljem uuesti.

## Confirmations
notice-signed-out = Oled välja logitud.
notice-password-changed = Sinu parool on muudetud. Teised seansid logiti välja ja API-võtmed tühistati.
notice-password-reset = Uus parool on määratud. Logi sisse uue parooliga.
notice-profile-saved = Muudatused on salvestatud.
notice-language-saved = Keel on salvestatud.
notice-session-revoked = Seanss on välja logitud.
notice-token-revoked = API-võti on tühistatud.
notice-settings-saved = Seaded on salvestatud.
notice-user-deactivated = Konto on deaktiveeritud ja kõikjalt välja logitud.
notice-user-reactivated = Konto on taas aktiivne.
notice-role-changed = Roll on muudetud.
notice-invitation-revoked = Kutse on tühistatud.
notice-request-rejected = Taotlus on tagasi lükatud ja taotlejat on teavitatud.
notice-test-mail-queued = Testkiri on teel sinu aadressile.
notice-welcome = Tere tulemast Kaikusse!

## Setup
setup-title = Seadista oma organisatsioon
setup-lead = Loo organisatsioon ja selle esimene administraator. See leht on saadaval ainult seni, kuni seadistamine on lõpetatud.
setup-org-name = Organisatsiooni nimi
setup-org-name-hint = Kuvatakse iga lehe ülaosas ja e-kirjades. Saad seda hiljem muuta.
setup-admin = Sinu administraatori konto
setup-code = Seadistuskood
setup-code-hint = Kuvatakse Kaiku käivitumisel serveri logis, nt ABCD-EFGH-JKLM-NPQR.
setup-submit = Loo organisatsioon

## Sign in
login-title = Logi sisse
login-remember = Jäta mind selles seadmes sisselogituks
login-submit = Logi sisse
login-forgot = Unustasid parooli?
login-register = Taotle kontot

## Password reset
forgot-title = Lähtesta parool
forgot-lead = Sisesta oma e-posti aadress ja me saadame sulle lingi uue parooli valimiseks.
forgot-submit = Saada lähtestamislink
forgot-sent = Kui selle aadressiga konto on olemas, on lähtestamislink teel. Link kehtib ühe tunni.
forgot-sent-hint = Kiri pole mõne minuti jooksul kohale jõudnud? Vaata rämpspostikausta või palu administraatorilt lähtestamislinki.
reset-title = Vali uus parool
reset-invalid = See lähtestamislink on aegunud või juba kasutatud.
reset-request-new = Küsi uus link
reset-submit = Määra uus parool

## Invitations and registration
invite-page-title = Kutse
invite-title = Liitu organisatsiooniga { $org }
invite-lead = Sind on kutsutud aadressiga { $email }. Lõpetamiseks vali oma nimi ja parool.
invite-guest-note = Liitud välise külalisena: näed neid tööruume, kuhu sind kutsutakse.
invite-submit = Loo minu konto
invite-invalid-title = Seda kutset ei saa kasutada
invite-invalid = Link on aegunud, tühistatud või juba kasutatud. Palu kutse saatjalt uut kutset.
signup-title = Taotle kontot
signup-closed = Kontosid luuakse ainult kutse alusel. Palu oma organisatsiooni administraatoril sind kutsuda.
signup-lead-domains = Liituda saab igaüks, kelle e-posti aadress on domeenis { $domains }. Saadame sulle lingi aadressi kinnitamiseks.
signup-lead-approval = Anna teada, kes sa oled. Administraator vaatab iga taotluse läbi ja otsusest teavitatakse sind e-posti teel.
signup-message = Sõnum administraatoritele
signup-message-hint = Valikuline: sinu meeskond, roll või see, kes sind siia suunas.
signup-submit = Saada kinnituslink
signup-submit-request = Saada taotlus
signup-sent = Vaata oma postkasti: kui selle aadressiga saab liituda, on konto loomise link teel. Link kehtib 24 tundi.
signup-requested = Aitäh! Sinu taotlus on administraatoritele saadetud. Anname sulle e-posti teel teada.

## Home
home-title = Tere tulemast, { $name }
home-lead = See on organisatsiooni { $org } Kaiku.
home-figures = Organisatsiooni näitajad
home-kpi-people = Inimesed
home-kpi-active = Aktiivsed
home-kpi-guests = Külalised
home-kpi-requests = Ootel taotlused
home-steps-title = Alustamine
home-step-done = tehtud
home-step-created = Organisatsioon on loodud
home-step-created-body = Sinu organisatsioon on olemas ja sina oled selle administraator.
home-step-settings = Vaata seaded üle
home-step-mail = Seadista e-post
home-step-mail-body = Kui SMTP-server on seadistatud, saadab Kaiku kutsed ja parooli lähtestamise lingid e-postiga.
home-step-mail-action = Seadista e-post
home-step-brand = Kujunda omanäoliseks
home-step-brand-body = Vali oma organisatsiooni rõhuvärv ja vaikekeel.
home-step-brand-action = Ava kujundusseaded
home-step-invite = Kutsu kolleegid
home-step-invite-body = Saada kutseid e-postiga või ava registreerumine oma ettevõtte e-posti domeenile.
home-step-invite-action = Kutsu inimesi
home-account-title = Sinu konto
home-active-sessions = Aktiivsed seansid
home-api-tokens = API-võtmed
home-edit-profile = Muuda profiili

## Account
account-title = Sinu konto
account-nav-profile = Profiil
account-nav-password = Parool
account-nav-sessions = Seansid
account-nav-tokens = API-võtmed
account-nav-logins = Sisselogimiste ajalugu
account-role = Roll
account-member-since = Liige alates
account-language-browser = Järgi brauseri keelt
account-language-hint = Kaiku lehtede ja sulle saadetavate e-kirjade keel.
password-title = Muuda parooli
password-lead = Pärast muutmist logitakse sinu teised seansid välja ja API-võtmed lakkavad töötamast.
password-submit = Muuda parooli
sessions-title = Seansid
sessions-lead = Seadmed, kus oled sisse logitud. Logi välja seadmed, mida sa ära ei tunne.
sessions-this = See seade
sessions-remembered = Jääb sisselogituks
sessions-ip = IP { $ip }
sessions-last-seen = viimati aktiivne { $time }
sessions-started = sisse logitud { $time }
sessions-revoke = Logi välja
sessions-revoke-all = Logi kõikjalt välja
sessions-revoke-all-confirm = Kas logida välja kõigis seadmetes, kaasa arvatud selles?
tokens-title = API-võtmed
tokens-lead = Isiklike API-võtmetega saavad skriptid ja liidestused kasutada Kaiku API-t sinu nimel.
tokens-new = Uus API-võti
tokens-label = Nimi
tokens-label-hint = Milleks võtit kasutatakse, nt „Personali sünkroonimine“ või „Minu skript“.
tokens-expiry = Aegub
tokens-days = { $days ->
    [one] { $days } päeva pärast
   *[other] { $days } päeva pärast
}
tokens-never = Mitte kunagi
tokens-create = Loo võti
tokens-created = Sinu uus API-võti:
tokens-created-once = Kopeeri see kohe. Seda ei näidata rohkem.
tokens-yours = Sinu võtmed
tokens-empty = Võtmeid veel pole
tokens-empty-body = Loo võti, kui mõni skript või liidestus vajab API kasutamist.
tokens-expired = Aegunud
tokens-created-at = loodud { $time }
tokens-expires-at = aegub { $time }
tokens-no-expiry = ei aegu
tokens-last-used = viimati kasutatud { $time }
tokens-never-used = pole kasutatud
tokens-revoke = Tühista
tokens-revoke-confirm = Kas tühistada see võti? Kõik seda kasutavad rakendused lakkavad kohe töötamast.
logins-title = Sisselogimiste ajalugu
logins-lead = Hiljutised katsed sinu kontole sisse logida. Kui midagi tundub võõras, teata sellest administraatorile.
logins-empty = Sisselogimiskatseid veel pole
logins-col-time = Aeg
logins-col-person = Isik
logins-col-outcome = Tulemus
logins-col-ip = IP-aadress
logins-col-agent = Brauser
outcome-success = Sisse logitud
outcome-failed = Ebaõnnestus
outcome-rate-limited = Blokeeritud (liiga palju katseid)
outcome-deactivated = Keelatud (deaktiveeritud)

## Administration
admin-nav-users = Inimesed
admin-nav-invitations = Kutsed
admin-nav-requests = Taotlused
admin-nav-settings = Seaded
admin-nav-login-log = Sisselogimiste logi
admin-actions = Toimingud
admin-users-title = Inimesed
admin-users-search = Otsi
admin-users-role = Roll
admin-users-state = Olek
admin-users-col-person = Isik
admin-users-col-joined = Liitus
admin-users-empty = Kedagi ei leitud
admin-users-empty-body = Proovi teist otsingut või tühjenda filtrid.
admin-invite-people = Kutsu inimesi
admin-user-details = Üksikasjad
admin-user-change-role = Muuda rolli
admin-user-access = Ligipääs
admin-user-reset-hint = Loo ühekordne link, millega see inimene saab valida uue parooli. Anna link üle isiklikult või telefoni teel. Link kehtib 24 tundi.
admin-user-reset-link = Loo parooli lähtestamise link
admin-reset-link-created = Parooli lähtestamise link (kuvatakse ainult üks kord, kehtib 24 tundi):
admin-user-deactivate-hint = Deaktiveerimine logib inimese kõikjalt välja ja tühistab tema API-võtmed. Tema kirjutatu jääb alles.
admin-user-deactivate = Deaktiveeri konto
admin-user-deactivate-confirm = Kas deaktiveerida kasutaja { $name }? Ta logitakse kohe kõikjalt välja.
admin-user-reactivate = Aktiveeri konto uuesti
admin-user-logins = Hiljutised sisselogimised
admin-invitations-title = Kutsed
admin-invitations-lead = Kutsu kolleege ja partnereid e-posti teel. Kutse kehtib seitse päeva.
admin-invite-send = Saada kutse
admin-invitation-mailed = Kutse on saadetud. Võid jagada ka seda linki:
admin-invitation-not-mailed = E-post pole seadistatud, seega midagi ei saadetud. Jaga seda linki inimesega ise:
admin-mail-not-configured = E-post pole seadistatud: kutseid ei saadeta automaatselt, kuid nende linke saad ise jagada.
admin-configure-mail = Seadista e-post
admin-invitations-recent = Hiljutised kutsed
admin-invitations-empty = Kutseid veel pole
admin-invitation-state = Olek
admin-invitation-sent = Saadetud
admin-invitation-revoke = Tühista
invitation-open = Ootel
invitation-accepted = Vastu võetud
invitation-revoked = Tühistatud
invitation-expired = Aegunud
admin-requests-title = Liitumistaotlused
admin-requests-lead = Inimesed, kes on kontot taotlenud. Kinnitamisel saadetakse neile kutselink.
admin-requests-empty = Ootel taotlusi pole
admin-requests-mode-off = Registreerumine taotluse alusel on välja lülitatud, seega uusi taotlusi ei tule.
admin-request-approve = Kinnita
admin-request-reject = Lükka tagasi
admin-request-reject-confirm = Kas lükata see taotlus tagasi? Taotlejat teavitatakse e-posti teel.
admin-request-approved-mailed = Kinnitatud. Kutse on saadetud; võid jagada ka seda linki:
admin-request-approved-not-mailed = Kinnitatud. E-post pole seadistatud, seega jaga seda kutselinki inimesega ise:
admin-settings-title = Seaded
settings-organisation = Organisatsioon
settings-accent = Rõhuvärv
settings-accent-hint = Kasutatakse nuppudel, linkidel ja esiletõstudel.
settings-default-language = Vaikekeel
settings-default-language-hint = Kasutatakse siis, kui ei inimene ega tema brauser küsi ühtki meil olemasolevat keelt.
settings-registration = Registreerumine
settings-registration-mode = Kes saavad kontot luua
settings-mode-closed = Ainult kutsega
settings-mode-closed-desc = Liituda saavad ainult administraatori kutsutud inimesed.
settings-mode-domains = Kõik, kellel on ettevõtte e-posti aadress
settings-mode-domains-desc = Inimesed, kelle aadress on mõnes allolevas domeenis, saavad liituda pärast aadressi kinnitamist.
settings-mode-approval = Kõik saavad taotleda, administraator kinnitab
settings-mode-approval-desc = Taotlused ootavad administraatori otsust.
settings-domains = Lubatud e-posti domeenid
settings-domains-hint = Näiteks: example.com, example.fi
settings-mail = E-post (SMTP)
settings-mail-configured = E-post on seadistatud: Kaiku saadab kutseid, parooli lähtestamise linke ja teavitusi.
settings-mail-not-configured = E-post pole seadistatud: midagi ei saadeta enne, kui oled SMTP-serveri andmed sisestanud.
settings-smtp-host = SMTP-server
settings-smtp-port = Port
settings-smtp-security = Ühenduse turvalisus
settings-smtp-starttls = STARTTLS (port 587)
settings-smtp-tls = TLS (port 465)
settings-smtp-none = Puudub (ainult usaldusväärne kohalik edastusserver)
settings-smtp-username = Kasutajanimi
settings-smtp-password = Parool
settings-smtp-password-set = Parool on salvestatud. Selle säilitamiseks jäta väli tühjaks.
settings-smtp-password-unset = Parooli pole salvestatud.
settings-smtp-password-clear = Eemalda salvestatud parool
settings-smtp-from = Saatja
settings-smtp-from-hint = Näiteks: Intranet <intranet@example.com>
settings-test-mail = Saada testkiri
settings-test-mail-hint = Saadab salvestatud seadetega kirja sinu enda aadressile.
settings-logo = Logo
settings-logo-current = Praegune logo
settings-logo-upload = Laadi üles uus logo
settings-logo-hint = PNG-, JPEG-, WebP- või GIF-pilt, kuni 512 kB. Kõige paremini sobib ruudukujuline pilt.
settings-logo-save = Laadi logo üles
settings-logo-remove = Eemalda logo
error-logo-type = Vali PNG-, JPEG-, WebP- või GIF-pilt.
error-logo-too-large = Pilt on suurem kui 512 kB.
admin-login-log-title = Sisselogimiste logi
admin-login-log-lead = Kõik organisatsiooni sisselogimiskatsed, uusimad eespool.

## E-mail
mail-greeting = Tere, { $name }!
mail-greeting-plain = Tere!
mail-footer = Selle kirja saatis organisatsiooni { $org } intranet.
mail-reset-subject = Lähtesta oma parool – { $org }
mail-reset-body = Sinu konto parooli lähtestamist on taotletud. Uue parooli valimiseks kasuta allolevat linki. Link töötab ühe korra ja kehtib ühe tunni.
mail-reset-ignore = Kui sa seda ei taotlenud, võid selle kirja tähelepanuta jätta: sinu parool jääb samaks.
mail-reset-action = Vali uus parool
mail-invite-subject = Sind on kutsutud liituma organisatsiooniga { $org }
mail-invite-body = { $inviter } kutsus sind organisatsiooni { $org } intranetti.
mail-invite-expiry = Kutse kehtib seitse päeva.
mail-invite-action = Võta kutse vastu
mail-signup-subject = Kinnita oma aadress, et liituda organisatsiooniga { $org }
mail-signup-body = Kasuta allolevat linki, et luua konto organisatsiooni { $org } intranetis. Link kehtib 24 tundi. Kui sa seda ei taotlenud, jäta see kiri tähelepanuta.
mail-signup-action = Loo minu konto
mail-approved-subject = Sinu taotlus liituda organisatsiooniga { $org } on kinnitatud
mail-approved-body = Hea uudis: sinu taotlus liituda organisatsiooni { $org } intranetiga on kinnitatud. Konto loomiseks kasuta allolevat linki.
mail-rejected-subject = Sinu taotlus liituda organisatsiooniga { $org }
mail-rejected-body = Sinu taotlust liituda organisatsiooni { $org } intranetiga ei kinnitatud. Kui arvad, et tegemist on veaga, võta organisatsiooniga otse ühendust.
mail-test-subject = Testkiri organisatsioonilt { $org }
mail-test-body = Kaiku e-post töötab. Võid selle kirja sulgeda.

## Spaces and partners (organisation settings)
settings-spaces = Tööruumid ja partnerid
settings-space-creation = Kes saavad tööruume luua
settings-space-creation-everyone = Kõik liikmed
settings-space-creation-everyone-desc = Töötajad saavad luua tööruume oma meeskondadele, projektidele ja huvialadele. Külalised tööruume luua ei saa.
settings-space-creation-admins = Ainult administraatorid
settings-space-creation-admins-desc = Liikmed paluvad administraatoril neile tööruum luua.
settings-guests-enabled = Luba välispartneritele külaliskontod
settings-guests-enabled-hint = Kui see on välja lülitatud, ei saa keegi külalisi kutsuda ja olemasolevad külalised ei saa sisse logida.
error-guests-disabled = Külaliskontod on selles organisatsioonis välja lülitatud.
outcome-guests-disabled = Keelatud (külaliskontod välja lülitatud)

## Space errors
error-slug-invalid = Kasuta 2–60 märki: väiketähti (a–z), numbreid ja sidekriipse, näiteks „hr-meeskond“.
error-slug-taken = Seda aadressi kasutab juba teine tööruum.
error-space-has-guests = Enne kui muudad tööruumi ainult sisemiseks, eemalda sellest külalised.
error-confirm-name = Kinnitamiseks sisesta tööruumi nimi täpselt.
error-last-owner = Tööruumil peab olema omanik: tee enne kedagi teist omanikuks.
error-remove-owner = Omanikke ei saa eemaldada. Palu omanikul enne omanikurollist loobuda või see üle anda.
error-no-such-person = Kellelgi organisatsioonis pole sellist e-posti aadressi.
error-person-deactivated = Selle inimese konto on deaktiveeritud.
error-space-internal = See tööruum on ainult organisatsioonisiseseks kasutuseks: külalisi ei saa lisada.
error-already-member = See inimene on juba liige.
error-email-taken-invite-instead = Sellel inimesel on juba konto: kutsu ta hoopis kolleegina.
error-space-archived = See tööruum on arhiveeritud ja seda saab ainult lugeda.
error-guest-role = Külalised osalevad liikmetena; neist ei saa teha moderaatoreid ega omanikke.
error-transfer-self = Vali teine liige, kellele tööruumi üle anda.
mail-partner-subject = Sind on kutsutud organisatsiooni { $org } tööruumi { $space }
mail-partner-body = { $inviter } kutsus sind osalema tööruumis { $space }. Liitud välise külalisena ja näed ainult seda, mida sinuga jagatakse.

## Spaces
nav-spaces = Tööruumid
badge-external = Väline
action-cancel = Loobu
action-change = Muuda
spaces-title = Tööruumid
spaces-lead = Meeskonnad, projektid, huvigrupid ja koostöö partneritega – igaühel oma liikmed.
spaces-create = Loo tööruum
spaces-invitations = Sulle saadetud kutsed
spaces-invited-by = Kutsuja: { $name }
spaces-accept = Liitu
spaces-decline = Keeldu
spaces-filter = Näita tööruume
spaces-scope-all = Kõik
spaces-scope-mine = Minu
spaces-scope-public = Avalikud
spaces-scope-private = Privaatsed
spaces-scope-archived = Arhiveeritud
spaces-search = Otsi tööruume
spaces-empty = Siin pole veel tööruume
spaces-empty-body = Loo tööruum oma meeskonnale või projektile või proovi teist filtrit.
space-member-count = { $count ->
    [one] { $count } liige
   *[other] { $count } liiget
}
space-visibility-public = Avalik
space-visibility-private = Privaatne
space-visibility-secret = Salajane
space-visibility-public-desc = Kõik organisatsiooni inimesed näevad tööruumi ja selle sisu ning saavad sellega liituda.
space-visibility-private-desc = Tööruumide loendis nähtav kõigile, kuid sisu näevad ainult liikmed. Teised saavad liitumist taotleda.
space-visibility-secret-desc = Tööruumi olemasolust teavad ainult liikmed. Liituda saab ainult kutsega.
space-role-owner = Omanik
space-role-moderator = Moderaator
space-role-member = Liige
space-archived = Arhiveeritud
space-internal-only = Ainult sisekasutuseks
space-new-title = Loo tööruum
space-new-lead = Tööruum toob inimesed kokku meeskonna, projekti või teema ümber. Sinust saab selle omanik.
space-field-name = Nimi
space-field-slug = Aadress
space-field-slug-hint = Tööruumi veebiaadressi lõpuosa. Kui jätad selle tühjaks, luuakse see nime põhjal.
space-field-description = Kirjeldus
space-field-visibility = Kes seda näevad
space-field-color = Värv
space-color-n = Värv { $n }
space-field-posting = Kes saavad postitada
space-posting-members = Kõik liikmed
space-posting-members-desc = Kõik tööruumi liikmed saavad osaleda.
space-posting-moderators = Ainult moderaatorid
space-posting-moderators-desc = Teadaannete jaoks: liikmed loevad ja kommenteerivad.
space-field-guests = Külalisi (välispartnereid) võib kutsuda
space-field-notifications = Liikmete vaiketeavitused
space-field-notifications-hint = Millest uusi liikmeid teavitatakse. Igaüks saab seda enda jaoks muuta.
space-notify-all = Kõik uued postitused
space-notify-mentions = Ainult siis, kui neid mainitakse
space-notify-muted = Mitte midagi
space-nav-about = Teave
space-nav-members = Liikmed
space-nav-requests = Taotlused
space-nav-settings = Seaded
space-about = Tööruumi teave
space-no-description = Kirjeldust veel pole.
space-created = Loodud
space-archived-note = See tööruum on arhiveeritud: kõik jääb loetavaks, kuid midagi uut lisada ei saa.
space-join = Liitu tööruumiga
space-leave = Lahku tööruumist
space-leave-confirm = Kas lahkuda sellest tööruumist?
space-request = Taotle liitumist
space-request-message = Sõnum moderaatoritele (valikuline)
space-request-pending = Oled liitumist taotlenud. Otsuse teeb moderaator.
space-withdraw = Võta taotlus tagasi
space-all-members = Näita kõiki
space-members-hidden = Ainult liikmed näevad, kes selles tööruumis on.
space-members-title = Tööruumi { $space } liikmed
space-requests-title = Tööruumi { $space } liitumistaotlused
space-settings-title = Tööruumi { $space } seaded
space-invite-colleague = Kutsu kolleeg
space-invite-colleague-hint = Kolleegi töö e-posti aadress. Ta näeb kutset jaotises Tööruumid.
space-invite = Kutsu
space-invite-partner = Kutsu välispartner
space-invite-partner-hint = Partner saab e-kirja külaliskonto loomiseks ja näeb ainult neid tööruume, kuhu ta on kutsutud.
space-invite-partner-send = Saada kutse
space-col-role = Roll tööruumis
space-col-joined = Liitus
space-remove = Eemalda
space-remove-confirm = Kas eemaldada liige { $name } sellest tööruumist?
space-transfer = Anna omanikuroll üle
space-transfer-confirm = Kas anda omanikuroll üle kasutajale { $name }? Sinust saab moderaator.
space-archive-title = Arhiveerimine
space-archive-hint = Arhiveeritud tööruumi saab ainult lugeda. Liikmed leiavad ja loevad endiselt kõike.
space-archive = Arhiveeri tööruum
space-unarchive-hint = Tööruum on arhiveeritud. Taasta see arhiivist, et liikmed saaksid taas osaleda.
space-unarchive = Taasta tööruum arhiivist
space-delete-title = Kustuta tööruum
space-delete-hint = Kustutamine eemaldab tööruumi ja kogu selle sisu jäädavalt. Seda ei saa tagasi võtta.
space-delete-confirm-label = Kinnitamiseks sisesta nimi „{ $name }“
space-delete = Kustuta tööruum jäädavalt
space-history = Ajalugu
space-history-empty = Muudatusi pole veel registreeritud.
space-audit-create = Tööruum loodud
space-audit-settings = Seaded muudetud
space-audit-archive = Arhiveeritud
space-audit-unarchive = Arhiivist taastatud
space-audit-join = Liitus
space-audit-leave = Lahkus
space-audit-request = Taotles liitumist
space-audit-request-approved = Taotlus kinnitatud
space-audit-request-rejected = Taotlus tagasi lükatud
space-audit-invite = Kolleeg kutsutud
space-audit-invite-partner = Partner kutsutud
space-audit-invitation-accepted = Kutse vastu võetud
space-audit-add-member = Liige lisatud
space-audit-remove-member = Liige eemaldatud
space-audit-role = Roll muudetud
space-audit-transfer = Omanikuroll üle antud
space-audit-other = Muudatus
notice-space-created = Sinu tööruum on valmis. Kutsu inimesi jaotises Liikmed.
notice-space-joined = Tere tulemast tööruumi!
notice-space-left = Oled tööruumist lahkunud.
notice-space-requested = Sinu taotlus on saadetud tööruumi moderaatoritele.
notice-space-withdrawn = Sinu taotlus on tagasi võetud.
notice-space-invited = Kutse on saadetud.
notice-invitation-declined = Keeldusid kutsest.
notice-member-removed = Liige on eemaldatud.
notice-ownership-transferred = Omanikuroll on üle antud.
notice-request-approved = Taotlus on kinnitatud.
notice-space-archived = Tööruum on arhiveeritud.
notice-space-unarchived = Tööruum on taas aktiivne.
notice-space-deleted = Tööruum on kustutatud.

## Home: spaces
home-spaces-title = Sinu tööruumid
home-spaces-all = Kõik tööruumid
home-spaces-empty = Sa ei ole veel üheski tööruumis.
home-spaces-browse = Sirvi tööruume
home-spaces-more = Näita kõiki oma tööruume
home-space-invitations = { $count ->
    [one] Sul on kutse tööruumi.
   *[other] Sul on { $count } kutset tööruumidesse.
}

## Stream
home-aside = Sinu tööruumid ja konto
stream-title = Postitused
stream-empty = Siin pole veel midagi
stream-empty-home = Siin näed oma tööruumide postitusi ja kolleegide uudiseid. Kirjuta esimene postitus!
stream-empty-space = Selles tööruumis pole veel postitusi. Alusta vestlust!
stream-older = Näita vanemaid postitusi
post-title = Postitus
post-compose-profile = Jaga kolleegidega oma uudiseid…
post-compose-space = Kirjuta tööruumi { $space }…
post-send = Postita
post-preview = Eelvaade
post-write = Kirjuta
mention-suggestions = Inimesed, keda mainida
post-markdown-hint = Saad kasutada Markdowni: **paks kiri**, *kaldkiri*, loendid, `kood`, lingid.
post-moderators-only = Selles tööruumis postitavad ainult moderaatorid, kommenteerida saavad kõik.
post-edited = muudetud
post-delete-confirm = Kas kustutada see postitus koos kommentaaridega?
post-comment-count = { $count ->
    [0] Kommentaare pole
    [one] 1 kommentaar
   *[other] { $count } kommentaari
}
post-show-all-comments = { $count ->
    [one] Näita kommentaari
   *[other] Näita kõiki { $count } kommentaari
}
post-comments = Kommentaarid
post-edit-title = Muuda postitust
post-field-body = Tekst
post-error-title = Postitust ei avaldatud
post-error-kept = Siin on sinu kirjutatud tekst, nii et midagi ei lähe kaotsi. Kopeeri see, mine tagasi ja proovi uuesti.
post-error-back = Mine tagasi
post-history-title = Muudatuste ajalugu
post-history-back = Tagasi postituse juurde
post-history-current = Praegune versioon
post-history-before = Enne muudatust { $time }
comment-write = Kirjuta kommentaar…
comment-send = Kommenteeri
comment-reply = Vasta
comment-edit-title = Muuda kommentaari
comment-delete-confirm = Kas kustutada see kommentaar koos vastustega?
action-edit = Muuda
action-delete = Kustuta
reaction-like = Meeldib
reaction-thanks = Aitäh
reaction-celebrate = Hurraa
reaction-insightful = Silmiavav
post-reactors = Kes reageerisid
reaction-funny = Naljakas
notice-post-saved = Muudatused on salvestatud.
notice-post-deleted = Postitus on kustutatud.
error-post-too-long = Postituses võib olla kuni 10 000 märki.
error-comment-too-long = Kommentaaris võib olla kuni 5 000 märki.
error-no-such-comment = Seda kommentaari enam pole.
error-reaction-unknown = Tundmatu reaktsioon.
stream-new-posts = { $count ->
    [one] 1 uus postitus – näita
   *[other] { $count } uut postitust – näita
}

stream-filter = Näita postitusi
stream-show-all = Kõik
stream-show-spaces = Minu tööruumid
stream-show-mentions = Minu mainimised
stream-show-saved = Salvestatud
stream-empty-mentions = Keegi pole sind veel maininud. Kui keegi kirjutab @ ja sinu nime, ilmub postitus siia.
stream-empty-saved = Sa pole veel ühtegi postitust salvestanud. Vali postituse juures „Salvesta“, et see hiljem siit üles leida.
stream-empty-topic = Sellel teemal pole veel postitusi, mida sa näed.
post-pinned = Kinnitatud
post-pin = Kinnita
post-unpin = Eemalda kinnitus
post-save = Salvesta
post-unsave = Salvestatud ✓
post-unreachable-mentions = Teavitust ei saadetud, sest nad ei näe seda postitust: { $names }
topic-lead = Selle teema postitused, mida sa näed, uuemad eespool.

## Announcements and reports
notice-announced = Postitus on nüüd teadaandena kõigi avalehel.
notice-unannounced = Postitus ei ole enam teadaanne.
notice-reported = Aitäh. Moderaatorid vaatavad su teate üle.
notice-report-resolved = Teade on lahendatud.
post-announce = Teata kõigile
post-unannounce = Lõpeta teadaanne
post-report = Teata rikkumisest
report-title = Teata rikkumisest
report-lead = Kirjuta moderaatoritele, mis on valesti. Sinu teadet näevad ainult nemad.
report-reason = Milles on probleem?
report-send = Saada teade
reports-title = Teated
reports-lead = Postitused ja kommentaarid, millest on teatatud kohtades, mida sa modereerid.
reports-empty = Avatud teateid pole
reports-by = teataja: { $name }
reports-reason = Põhjus:
reports-open = Ava kontekstis
reports-remove = Eemalda
reports-remove-confirm = Kas eemaldada teatatud sisu?
reports-dismiss = Jäta alles
announcements-title = Teadaanne
announcements-dismiss = Peida
error-announce-audience = Teadaandeks saab teha ainult postituse, mida kogu organisatsioon näeb.

## Following
follow-start = Jälgi
follow-stop = Lõpeta jälgimine
following-title = Jälgitavad
following-lead = Inimesed, tööruumid ja teemad, mille postitused jõuavad sinu avalehele. Oma tööruume jälgid samuti, kui sa jälgimist ei lõpeta.
following-empty = Sa ei jälgi veel midagi lisaks
following-empty-body = Jälgi inimesi, tööruume ja teemasid nende lehtedelt.
following-person = Inimene
following-space = Tööruum
following-topic = Teema
stream-show-following = Jälgitavad
stream-empty-following = Jälgitavatelt inimestelt, tööruumidest ja teemadest pole veel postitusi.
stream-empty-person = Veel pole postitusi, mida sa näed.
error-follow-self = Sa ei saa ennast jälgida.

## Notifications
notif-bell = Teavitused
notif-bell-unread = { $count ->
    [one] Teavitused, 1 lugemata
   *[other] Teavitused, { $count } lugemata
}
notif-title = Teavitused
notif-read-all = Märgi kõik loetuks
notif-unread = Lugemata
notif-unread-one = lugemata
notif-empty = Teavitusi veel pole
notif-empty-unread = Oled kõik läbi lugenud
notif-empty-body = Siia tulevad mainimised, vastused, reaktsioonid ja taotlused, mis puudutavad sind.
notice-all-read = Kõik teavitused on märgitud loetuks.
notif-someone = Keegi
notif-mention = { $actor } mainis sind
notif-comment-own = { $others ->
    [0] { $actor } kommenteeris sinu postitust
    [one] { $actor } ja veel üks inimene kommenteerisid sinu postitust
   *[other] { $actor } ja veel { $others } inimest kommenteerisid sinu postitust
}
notif-comment = { $others ->
    [0] { $actor } lisas kommentaari arutelusse, mida jälgid
    [one] { $actor } ja veel üks inimene lisasid kommentaari arutelusse, mida jälgid
   *[other] { $actor } ja veel { $others } inimest lisasid kommentaari arutelusse, mida jälgid
}
notif-reaction = { $others ->
    [0] { $actor } reageeris sinu postitusele
    [one] { $actor } ja veel üks inimene reageerisid sinu postitusele
   *[other] { $actor } ja veel { $others } inimest reageerisid sinu postitusele
}
notif-space-post = { $count ->
    [one] { $actor } postitas tööruumis { $space }
   *[other] { $count } uut postitust tööruumis { $space }
}
notif-added = { $actor } lisas sind tööruumi { $space }
notif-invitation = { $actor } kutsus sind tööruumi { $space }
notif-join-request = { $others ->
    [0] { $actor } soovib liituda tööruumiga { $space }
    [one] { $actor } ja veel üks inimene soovivad liituda tööruumiga { $space }
   *[other] { $actor } ja veel { $others } inimest soovivad liituda tööruumiga { $space }
}
notif-request-approved = Sinu soov liituda tööruumiga { $space } kiideti heaks
notif-request-declined = Sinu soov liituda tööruumiga { $space } lükati tagasi
notif-role-changed = Sinu roll tööruumis { $space } on nüüd: { $role }
notif-announcement = { $actor } tegi kõigile teadaande

## Notification settings
account-nav-notifications = Teavitused
notif-settings-title = Teavituste seaded
notif-settings-lead = Vali, millest ja kuidas soovid kuulda. Kõik peale valiku „Väljas“ on näha ka kellaikooni all.
notif-settings-no-mail = Organisatsioonis pole e-posti veel seadistatud, seega praegu jõuab kõik ainult Kaikusse.
notif-settings-kinds = Millest sind teavitatakse
notif-settings-what = Mis
notif-settings-how = Kuidas
notif-settings-digests = Kokkuvõtted
notif-settings-digests-lead = Kokkuvõte koondab kõik, mida sa pole veel lugenud, ühte e-kirja tööruumide kaupa. Kui uut pole, ei saadeta midagi.
notif-digest-hour = Kokkuvõtete kellaaeg
notif-digest-weekday = Nädalakokkuvõtte päev
field-time-zone = Ajavöönd
time-zone-hint = Kaiku ja sinu kokkuvõtete kellaajad järgivad seda ajavööndit.
time-zone-org-default = Organisatsiooni oma ({ $zone })
notice-notifications-saved = Sinu teavituste seaded on salvestatud.
error-time-zone-invalid = Vali ajavöönd loendist.
notif-kind-mention = Mind mainitakse
    .hint = Keegi mainib sind postituses või kommentaaris.
notif-kind-comment = Kommentaarid minu aruteludes
    .hint = Kommentaarid sinu postitustele ja aruteludes, milles osaled või mida jälgid.
notif-kind-reaction = Reaktsioonid minu postitustele
    .hint = Meeldimised, tänud ja muud reaktsioonid, postituste kaupa koondatud.
notif-kind-space-post = Uued postitused minu tööruumides
    .hint = Ainult tööruumidest, kus oled valinud „Iga uus postitus“.
notif-kind-announcement = Teadaanded
    .hint = Mida organisatsioon kõigile teatab.
notif-kind-invitation = Kutsed tööruumidesse
    .hint = Keegi kutsub sind tööruumi või lisab sind sinna.
notif-kind-join-request = Liitumissoovid minu tööruumidesse
    .hint = Tööruumides, mille omanik või moderaator sa oled.
notif-kind-request-decided = Vastused minu soovidele
    .hint = Sinu soov tööruumiga liituda kiidetakse heaks või lükatakse tagasi.
notif-kind-role-changed = Muudatused minu rollis
    .hint = Keegi teeb sinust tööruumi liikme, moderaatori või omaniku.
notif-delivery-app = Ainult Kaikus
notif-delivery-email = Kohe e-postiga
notif-delivery-daily = Päevakokkuvõte
notif-delivery-weekly = Nädalakokkuvõte
notif-delivery-off = Väljas
weekday-1 = esmaspäev
weekday-2 = teisipäev
weekday-3 = kolmapäev
weekday-4 = neljapäev
weekday-5 = reede
weekday-6 = laupäev
weekday-7 = pühapäev
space-level-label = Teavitused sellest tööruumist
space-level-all = Iga uus postitus
space-level-mentions = Mainimised ja minu arutelud
space-level-muted = Ainult minu mainimised
space-level-chosen = Sinu enda valik.
space-level-default = Tööruumi vaikeväärtus. Siin saad valida oma.
notice-space-level-saved = Salvestatud: saad nüüd sellest tööruumist teavitusi oma valiku järgi.
thread-following = Jälgid seda arutelu: uutest kommentaaridest tuleb teavitus.
thread-muted = Oled selle arutelu vaigistanud: teavitus tuleb ainult siis, kui sind mainitakse.
thread-none = Sa ei jälgi seda arutelu.
thread-follow = Jälgi arutelu
thread-mute = Vaigista arutelu
notice-thread-followed = Jälgid nüüd seda arutelu.
notice-thread-muted = Arutelu on vaigistatud.
notice-thread-unfollowed = Sa ei jälgi enam seda arutelu.

## Unsubscribing from e-mail
unsubscribe-title = E-kirjadest loobumine
unsubscribe-kind = e-kirjad teemal „{ $kind }“
unsubscribe-daily = päevakokkuvõte
unsubscribe-weekly = nädalakokkuvõte
unsubscribe-confirm = Selle lingiga loobud: { $what }. Näed Kaikus kellaikooni all endiselt kõike.
unsubscribe-button = Lõpeta need e-kirjad
unsubscribe-done = Valmis. Lõpetatud: { $what }.
unsubscribe-done-more = Teavitused on Kaikus kellaikooni all endiselt näha. Saad seda igal ajal muuta oma teavituste seadetes.
unsubscribe-settings = Teavituste seaded

## Notification e-mail
mail-notif-in-space = Tööruumis { $space }
mail-notif-open = Ava
mail-notif-settings = Vali, milliseid e-kirju saad
mail-unsubscribe-kind = Loobu sellistest e-kirjadest
mail-unsubscribe-daily = Lõpeta päevakokkuvõte
mail-unsubscribe-weekly = Lõpeta nädalakokkuvõte
mail-digest-daily-subject = { $count ->
    [one] { $org }: 1 uudis sinule
   *[other] { $org }: { $count } uudist sinule
}
mail-digest-weekly-subject = { $count ->
    [one] { $org }: sinu nädal, 1 uudis
   *[other] { $org }: sinu nädal, { $count } uudist
}
mail-digest-intro-count = { $count ->
    [one] Siin on üks asi, mida sa pole veel näinud.
   *[other] Siin on { $count } asja, mida sa pole veel näinud.
}
mail-digest-daily-intro = See on sinu päevakokkuvõte.
mail-digest-weekly-intro = See on sinu nädalakokkuvõte.
mail-digest-elsewhere = Mujal organisatsioonis
mail-digest-open = Vaata kõiki teavitusi

## E-mail delivery log
admin-nav-mail = E-kirjade saatmine
admin-mail-title = E-kirjade saatmine
admin-mail-lead = Iga Kaiku saadetud kiri, uusimad eespool: mis jõudis kohale, mis ootab uut katset ja miks.
admin-mail-empty = E-kirju veel pole
admin-mail-col-time = Järjekorda lisatud
admin-mail-col-to = Saaja
admin-mail-col-subject = Teema
admin-mail-col-status = Olek
admin-mail-not-written = Koostatakse saatmisel
admin-mail-purpose-system = Kontoga seotud kiri
admin-mail-purpose-notification = Teavitus
admin-mail-purpose-digest = Kokkuvõte
admin-mail-sent = Saadetud
admin-mail-failed = Ebaõnnestus
admin-mail-cancelled = Saatmata jäetud
admin-mail-pending = Ootel
admin-mail-retry = järgmine katse { $when }
admin-mail-attempts = { $count ->
    [one] 1 katse
   *[other] { $count } katset
}
settings-default-time-zone = Ajavöönd
settings-default-time-zone-hint = Kõigile, kes pole oma ajavööndit valinud: lehtede kellaajad ja kokkuvõtete saabumise aeg.

## People and organisation
nav-people = Inimesed
nav-my-profile = Minu profiil
people-title = Inimesed
people-lead = Kõik organisatsiooni inimesed: kes mida ja kus teeb ning kuidas temaga ühendust saada.
people-filters = Filtreeri inimesi
people-search = Nimi, ametinimetus või e-posti aadress
people-unit = Üksus
people-location = Asukoht
people-language = Keeleoskus
people-skill = Oskus
people-clear = Tühjenda filtrid
people-empty = Siin pole kedagi
people-empty-filtered = Kõigile neile filtritele ei vasta keegi. Proovi vähemate filtritega.
experts-title = Kes teab…?
experts-lead = Leia inimesed, kes asjast midagi teavad: eelkõige oskuste järgi, seejärel selle järgi, kui hiljuti nad on teemaga seotud aruteludes osalenud.
experts-ask = Kes tunneb teemat…
experts-placeholder = nt SAP, tööohutus, Python
experts-find = Otsi asjatundjaid
experts-found = Inimesed, kes tunnevad teemat „{ $topic }“
experts-none = Keegi pole veel teemat „{ $topic }“ oma oskuste hulka lisanud
experts-none-body = Proovi laiemat või teisiti kirjutatud sõna või sirvi inimeste loendit.
profile-edit = Muuda profiili
profile-vcard = Salvesta kontakt
profile-contact = Kontakt
profile-phone-work = Töötelefon
profile-phone-mobile = Mobiil
profile-location = Asukoht
profile-location-hint = Sinu kontor või linn, nt Tartu. Selle järgi saab inimesi filtreerida.
profile-start-date = Tööl alates
profile-reporting = Alluvussuhted
profile-manager-line = Allub
profile-reports = { $count ->
    [one] 1 otsene alluv
   *[other] { $count } otsest alluvat
}
profile-spaces = Tööruumid
profile-about = Tutvustus
profile-skills = Oskused ja pädevused
profile-languages = Keeleoskus
profile-certificates = Sertifikaadid ja load
profile-cert-issued = välja antud { $date }
profile-cert-expires = kehtib kuni { $date }
profile-cert-expired = aegus { $date }
profile-posts = Postitused
profile-edit-title = Muuda profiili
profile-edit-lead-own = See, mida siia kirjutad, aitab kolleegidel sind leida ja teada, mida sa oskad.
profile-edit-lead-other = Muudad kasutaja { $name } profiili. Muudatus salvestatakse muudatuste ajalukku.
profile-photo = Foto
profile-photo-choose = Vali foto
profile-photo-hint = JPEG-, PNG-, WebP- või GIF-pilt, kuni 8 MB. Foto kärbitakse ruudukujuliseks ja failist ei säilitata midagi muud (näiteks pildistamise kohta).
profile-photo-upload = Laadi üles
profile-photo-remove = Eemalda foto
profile-basics = Põhiandmed
profile-no-unit = Üksus puudub
profile-manager = Juht
profile-manager-hint = Inimese e-posti aadress.
profile-locked-hint = Hallid väljad tulevad personalisüsteemist: nende muutmiseks pöördu administraatori poole.
profile-bio = Minust
profile-bio-hint = Paar sõna oma tööst ja sellest, millega saad teistele abiks olla. Saad kasutada Markdowni.
profile-skills-hint = Üks oskus rea kohta, soovi korral koos tasemega. Tühje ridu ei arvestata.
profile-skill = Oskus
profile-skill-level = Tase
profile-language = Keel
profile-language-level = Tase
profile-certificates-hint = Sertifikaadid, litsentsid ja load koos kuupäevadega.
profile-cert-name = Nimetus
profile-cert-issuer = Väljaandja
profile-cert-issued-on = Välja antud
profile-cert-expires-on = Kehtib kuni
profile-more = Lisaandmed
notice-photo-saved = Sinu foto on salvestatud.
notice-photo-removed = Foto on eemaldatud.
skill-level-1 = algtase
skill-level-2 = hea tase
skill-level-3 = ekspert
language-level-native = emakeel
language-level-fluent = kõrgtase
language-level-good = hea tase
language-level-basic = algtase
language-fi = soome
language-sv = rootsi
language-et = eesti
language-nl = hollandi
language-en = inglise
language-de = saksa
language-fr = prantsuse
language-es = hispaania
language-it = itaalia
language-pt = portugali
language-ru = vene
language-uk = ukraina
language-pl = poola
language-lt = leedu
language-lv = läti
language-no = norra
language-da = taani
language-is = islandi
language-se = põhjasaami
language-zh = hiina
language-ja = jaapani
language-ar = araabia
language-hi = hindi
language-tr = türgi
error-phone-invalid = Sisesta telefoninumber numbritena, näiteks +372 5123 4567.
error-date-invalid = Sisesta kuupäev kujul aasta-kuu-päev, näiteks 2026-03-31.
error-manager-loop = Alluvussuhetesse tekiks ring: keegi ei saa alluda inimesele, kes ise talle allub.
error-no-such-unit = Sellist üksust pole.
error-field-locked = Seda välja haldavad administraatorid ja personalisüsteem.
error-field-value-invalid = Ühe lisaandme väärtus ei sobi selle välja tüübiga.
error-no-such-field = Sellist välja pole.
error-bio-too-long = Tekst võib olla kuni 4 000 märki pikk.
error-skill-invalid = Oskus võib olla kuni 60 märki pikk.
error-too-many = See ületab siin lubatud arvu.
error-expiry-before-issue = Sertifikaat ei saa aeguda enne, kui see on välja antud.
error-photo-invalid = Seda pilti ei saa Kaiku kasutada. Vali JPEG-, PNG-, WebP- või GIF-foto.
error-photo-too-large = Foto on suurem kui 8 MB.
error-photo-dimensions = Pilt on liiga lai või kõrge (kuni 10 000 pikslit külje kohta).
org-title = Organisatsioon
org-lead = Organisatsiooni üksused ülevalt alla.
org-manage = Halda üksusi
org-empty = Üksusi veel pole
org-lead-by = juht: { $name }
org-people-count = { $count ->
    [one] 1 inimene
   *[other] { $count } inimest
}
org-path = Asukoht organisatsioonis
org-unit-directory = Näita inimeste loendis
org-unit-edit = Muuda üksust
org-unit-lead = Juht
org-unit-children = Alamüksused
org-unit-people = Inimesed
org-unit-no-people = Sellesse üksusesse ei kuulu otse kedagi.
orgkind-group = Kontsern
orgkind-company = Ettevõte
orgkind-business-unit = Äriüksus
orgkind-department = Osakond
orgkind-team = Meeskond
admin-nav-org = Organisatsioon
admin-nav-profile = Profiilid
admin-org-title = Organisatsiooni üksused
admin-org-lead = Ettevõtete, äriüksuste, osakondade ja meeskondade struktuur. Iga inimene kuulub ühte üksusesse.
admin-org-add = Lisa üksus
admin-org-name = Nimi
admin-org-kind = Tüüp
admin-org-parent = Kuulub üksusesse
admin-org-top = Mitte kuhugi (kõige ülemine tase)
admin-org-description = Kirjeldus
admin-org-remove = Eemalda
admin-org-remove-confirm = Kas eemaldada see üksus? Eemaldada saab ainult tühje üksusi.
admin-org-kinds = Üksuste tüübid
admin-org-kind-new = Uus tüüp
admin-org-kind-add = Lisa tüüp
error-unit-loop = Üksus ei saa kuuluda iseendasse ega oma alamüksusesse.
error-unit-not-empty = Eemaldada saab ainult üksuse, kus pole inimesi ega alamüksusi.
error-kind-in-use = Seda tüüpi kasutavad veel mõned üksused.
admin-profile-title = Profiilid
admin-profile-lead = Mida iga profiil sisaldab ja kes neid andmeid haldab.
admin-profile-locks = Administraatorite hallatavad andmed
admin-profile-locks-lead = Need andmed tulevad personalisüsteemist: inimesed näevad neid oma profiilil, kuid ei saa neid muuta.
admin-profile-fields = Lisaandmed
admin-profile-no-fields = Lisaandmeid veel pole.
admin-profile-add = Lisa väli
admin-profile-label = Nimi
admin-profile-kind = Tüüp
admin-profile-choices = Valikud
admin-profile-choices-hint = Valikvälja puhul: üks valik rea kohta.
admin-profile-visibility = Kes seda näevad
admin-profile-self-service = Inimesed täidavad ise
admin-profile-remove-confirm = Kas eemaldada see väli kõigilt profiilidelt?
error-choices-required = Lisa vähemalt üks valik.
field-kind-text = Tekst
field-kind-choice = Valik
field-kind-date = Kuupäev
field-kind-link = Link
field-kind-phone = Telefoninumber
field-visibility-everyone = Kõik, kes seda inimest näevad
field-visibility-members = Organisatsiooni liikmed (mitte partnerid)
field-visibility-private = Ainult administraatorid ja inimene ise
lockable-unit = Üksus
lockable-title = Ametinimetus
lockable-manager = Juht
lockable-phones = Telefoninumbrid
lockable-start-date = Tööle asumise kuupäev
user-audit-title = Administraatorite tehtud muudatused
user-audit-empty = Muudatusi pole registreeritud.
user-audit-create = Konto loodud
user-audit-role = Roll muudetud
user-audit-deactivate = Deaktiveeritud
user-audit-reactivate = Uuesti aktiveeritud
user-audit-reset-link = Parooli lähtestamise link loodud
user-audit-set-password = Parool määratud
user-audit-profile = Profiili muudetud
user-audit-photo = Foto muudetud
user-audit-photo-removed = Foto eemaldatud
user-audit-other = Muu muudatus
user-audit-title = Administraatorite tehtud muudatused
user-audit-empty = Muudatusi pole kirjas.
user-audit-create = Konto loodi
user-audit-role = Roll muudeti
user-audit-deactivate = Deaktiveeriti
user-audit-reactivate = Aktiveeriti uuesti
user-audit-reset-link = Loodi parooli lähtestamise link
user-audit-set-password = Parool määrati
user-audit-profile = Profiili muudeti
user-audit-photo = Foto vahetati
user-audit-photo-removed = Foto eemaldati
user-audit-other = Muu muudatus

## Search
error-search-too-long = Otsing võib olla kuni 500 märki pikk.
error-search-type = Vali, mida otsida: postitusi, kommentaare, ruume, inimesi või teemasid.
error-search-space = Seda ruumi pole olemas või sa ei näe seda.
error-search-age = Vali ajavahemik loendist.
error-search-dates = Alguskuupäev peab olema enne lõppkuupäeva.
search-label = Otsing
search-placeholder = Otsi inimesi, tööruume, postitusi…
search-suggestions = Soovitused
search-title = Otsing
search-title-for = Otsing: { $query }
search-hint = Täpse fraasi otsimiseks pane see jutumärkidesse, sõna välja jätmiseks lisa selle ette miinusmärk, näiteks -mustand.
search-submit = Otsi
search-indexing = Otsinguindeksit alles koostatakse, seega võib osa tulemusi veel hetkeks puududa.
search-narrow = Kitsenda tulemusi
search-facet-type = Liik
search-facet-space = Tööruum
search-facet-author = Autor
search-facet-date = Aeg
search-facet-any = Näita kõiki
search-dates = Ajavahemik
search-from = Alates
search-to = Kuni
search-clear = Tühjenda filtrid
search-count = { $count ->
    [0] Tulemusi pole
    [one] { $count } tulemus
   *[other] { $count } tulemust
}
search-sort = Järjestus
search-sort-relevance = Sobivamad eespool
search-sort-newest = Uuemad eespool
search-did-you-mean = Kas mõtlesid
search-nothing = Midagi ei leitud
search-nothing-narrowed = Nende filtritega ei leitud midagi. Proovi need eemaldada.
search-nothing-tips = Kontrolli õigekirja, proovi vähem või üldisemaid sõnu või otsi pika sõna osa järgi.
search-start = Mida sa otsid?
search-kind-post = Postitus
search-kind-comment = Kommentaar
search-kind-space = Tööruum
search-kind-person = Inimene
search-kind-topic = Teema
search-kinds-post = Postitused
search-kinds-comment = Kommentaarid
search-kinds-space = Tööruumid
search-kinds-person = Inimesed
search-kinds-topic = Teemad
search-age-day = Viimased 24 tundi
search-age-week = Viimased 7 päeva
search-age-month = Viimased 30 päeva
search-age-year = Viimased 12 kuud
search-age-older = Vanemad
search-suggest-content = Postitused ja kommentaarid
search-suggest-none = Soovitusi veel pole. Vajuta Enter, et otsida kõikjalt.
search-suggest-all = Kõik tulemused otsingule „{ $query }“

## The wiki

space-nav-wiki = Viki
wiki-title = Viki · { $space }
wiki-pages = Lehed
wiki-new = Uus leht
wiki-new-below = Alamleht
wiki-new-title = Uus leht
wiki-edit-title = Lehe „{ $title }” muutmine
wiki-empty = Lehti veel ei ole
wiki-empty-write = Alusta ruumi käsiraamatut: tavad, juhendid, kontaktid – kõik, mida ikka ja jälle otsitakse.
wiki-page-empty = Lehel pole veel teksti.
wiki-updated-by = Muutis { $name }
wiki-path = Lehe asukoht
wiki-history = Ajalugu
wiki-history-title = Lehe „{ $title }” ajalugu
wiki-children = Alamlehed
wiki-version = Versioon { $number }
wiki-current = Praegune
wiki-delete-confirm = Kas kustutada see leht? Selle alamlehed liiguvad taseme võrra üles.
wiki-field-title = Pealkiri
wiki-field-parent = Paiguta lehe alla
wiki-parent-top = Viki ülemine tase
wiki-field-body = Tekst
wiki-field-summary = Mida muutsid? (valikuline)
wiki-summary-hint = Üks rida lehe ajalukku, näiteks „Puhkuste kuupäevad uuendatud”.
wiki-conflict-theirs = { $name } salvestas sinu muutmise ajal versiooni { $number }
wiki-conflict-hint = Sinu tekst on alles allolevas vormis. Võrdle seda teise versiooniga, võta sealt vajalik ja salvesta uuesti.
wiki-restored-from = Taastas versiooni { $number }
wiki-then-titled = Tollane pealkiri „{ $title }”
wiki-restore = Taasta see versioon
wiki-restore-confirm = Kas teha versioon { $number } taas praeguseks? Midagi ei kao: hilisemad versioonid jäävad ajalukku.
wiki-revision-title = Versioon { $number }
wiki-first-version = Esimene versioon
wiki-changes-since = Muudatused versiooniga { $number } võrreldes
wiki-changes = Muudatused
wiki-no-text-changes = Selles versioonis tekst ei muutunud.
wiki-line-added = Lisatud:
wiki-line-removed = Eemaldatud:
wiki-lines-unchanged = { $count ->
    [one] { $count } muutmata rida
   *[other] { $count } muutmata rida
}
notice-wiki-saved = Leht on salvestatud.
notice-wiki-deleted = Leht on kustutatud.
notice-wiki-restored = Varasem versioon on taas praegune.
error-wiki-conflict = Keegi salvestas sinu töö ajal lehest uuema versiooni, seega midagi ei salvestatud.
error-wiki-gone = Leht kustutati sinu muutmise ajal. Sinu tekst on allpool alles: salvesta see uue lehena või loobu.
error-wiki-parent = Vali selle viki leht, mis pole see leht ega selle alamleht ja asub kõige rohkem 8 taseme sügavusel.
error-wiki-title-too-long = Pealkirjas võib olla kuni 200 märki.
error-wiki-body-too-long = Lehel võib olla kuni 100 000 märki.
error-wiki-summary-too-long = Kokkuvõttes võib olla kuni 300 märki.
search-kind-wiki = Vikileht
search-kinds-wiki = Vikilehed
