## Kaiku — English (source language)
## Every message here must exist in fi, sv, nl and et too (a test checks).

## Navigation and layout
nav-skip = Skip to content
nav-main = Main navigation
nav-home = Home
nav-account = Account
nav-admin = Administration
nav-sessions = Sessions
nav-tokens = API tokens
nav-sign-out = Sign out
footer-powered = Powered by { $product }
footer-language = Language
footer-language-apply = Change
back-to-login = Back to sign in
pager-more = Show more
pager-older = Older entries
filter-all = All
action-save = Save changes
action-filter = Filter
action-copy = Copy
action-copied = Copied!

## Form fields
field-name = Full name
field-name-optional = Name (optional)
field-email = E-mail address
field-work-email = Work e-mail address
field-password = Password
field-current-password = Current password
field-new-password = New password
field-confirm-password = Repeat the new password
field-job-title = Job title
field-language = Language
hint-password = At least 10 characters. A few unrelated words make a strong, memorable password.

## Roles and states
role-admin = Administrator
role-member = Member
role-guest = Guest (external)
role-member-desc = An employee: sees the organisation's public spaces, people and news.
role-guest-desc = An external partner: sees only the spaces they are invited to.
state-active = Active
state-deactivated = Deactivated

## Validation errors
error-required = Please fill in this field.
error-too-long = This is too long.
error-invalid-characters = This contains characters that are not allowed.
error-email-invalid = Enter an e-mail address such as name@example.com.
error-email-taken = Someone with this e-mail address already has an account.
error-password-short = Use at least 10 characters.
error-password-mismatch = The passwords do not match.
error-password-wrong = That is not your current password.
error-login-failed = The e-mail address or password is incorrect.
error-account-deactivated = This account has been deactivated. Contact your administrator if you need access.
error-rate-limited = Too many failed sign-in attempts. Please wait { $minutes ->
    [one] a minute
   *[other] { $minutes } minutes
} and try again.
error-setup-code = The setup code is not correct. Copy it from the server's log.
error-choice-invalid = Choose one of the options.
error-color-invalid = Choose a colour in the form #RRGGBB.
error-domain-invalid = Enter domains such as example.com, separated by commas.
error-domains-required = List at least one domain when registration is open to e-mail domains.
error-domain-not-allowed = Registration is not open to this e-mail domain. Ask an administrator for an invitation.
error-host-invalid = Enter the server name only, such as smtp.example.com.
error-port-invalid = Enter a port number between 1 and 65535.
error-last-admin = The organisation needs at least one active administrator.
error-deactivate-self = You cannot deactivate your own account.
error-from-required = Enter the sender address the SMTP server accepts.
error-mail-not-configured = E-mail is not set up yet. Fill in the SMTP settings below first.
error-cursor-invalid = This page link is no longer valid.
error-limit-range = The page size must be between 1 and 100.
error-conflict = This conflicts with a change made at the same time. Please try again.

## Error pages
error-home = Go to the home page
error-400-title = Something in the request was not right
error-400-body = The page could not understand what was sent. Go back and try again.
error-403-title = You don't have access to this
error-403-body = Your account does not have permission to open this page. If you think it should, contact an administrator.
error-404-title = Page not found
error-404-body = The page may have been moved or removed, or the link may be mistyped.
error-405-title = That cannot be done here
error-405-body = This page does not accept that kind of request. Go back and use the page's own buttons.
error-409-title = That did not go through
error-409-body = The change conflicts with the current state. Reload the page and try again.
error-413-title = That was too large
error-413-body = What you sent is larger than Kaiku accepts. Try something smaller.
error-429-title = Slow down a little
error-429-body = Too many requests in a short time. Wait a moment and try again.
error-500-title = Something went wrong on our side
error-500-body = The error has been logged. Please try again in a moment.

## API problems
problem-unauthenticated = A valid personal access token is required: send it as "Authorization: Bearer <token>".
problem-not-found = Not found, or you do not have access to it.
problem-forbidden = You are not allowed to do this.
problem-invalid = Some values are not valid.
problem-rate-limited = Too many requests. Try again later.
problem-internal = Something went wrong on the server. Try again later.

## Confirmations
notice-signed-out = You have been signed out.
notice-password-changed = Your password has been changed. Your other sessions were signed out and your API tokens revoked.
notice-password-reset = Your password has been reset. Sign in with the new password.
notice-profile-saved = Your changes have been saved.
notice-language-saved = Language saved.
notice-session-revoked = The session has been signed out.
notice-token-revoked = The token has been revoked.
notice-settings-saved = Settings saved.
notice-user-deactivated = The account has been deactivated and signed out everywhere.
notice-user-reactivated = The account is active again.
notice-role-changed = The role has been changed.
notice-invitation-revoked = The invitation has been revoked.
notice-request-rejected = The request has been rejected and the applicant informed.
notice-test-mail-queued = A test message is on its way to your address.
notice-welcome = Welcome to Kaiku!

## Setup
setup-title = Set up your organisation
setup-lead = Create the organisation and its first administrator. This page is available only until setup is done.
setup-org-name = Organisation name
setup-org-name-hint = Shown at the top of every page and in e-mails. You can change it later.
setup-admin = Your administrator account
setup-code = Setup code
setup-code-hint = Printed in the server's log when Kaiku starts, e.g. ABCD-EFGH-JKLM-NPQR.
setup-submit = Create organisation

## Sign in
login-title = Sign in
login-remember = Keep me signed in on this device
login-submit = Sign in
login-forgot = Forgot your password?
login-register = Request an account

## Password reset
forgot-title = Reset your password
forgot-lead = Enter your e-mail address and we will send you a link to choose a new password.
forgot-submit = Send reset link
forgot-sent = If an account exists for that address, a reset link is on its way. The link works for one hour.
forgot-sent-hint = No e-mail after a few minutes? Check your spam folder or ask an administrator for a reset link.
reset-title = Choose a new password
reset-invalid = This reset link has expired or has already been used.
reset-request-new = Request a new link
reset-submit = Set new password

## Invitations and registration
invite-page-title = Invitation
invite-title = Join { $org }
invite-lead = You have been invited with the address { $email }. Choose your name and a password to finish.
invite-guest-note = You are joining as an external guest: you will see the spaces you are invited to.
invite-submit = Create my account
invite-invalid-title = This invitation cannot be used
invite-invalid = The link has expired, has been revoked or has already been used. Ask the person who invited you for a new one.
signup-title = Request an account
signup-closed = Accounts are created by invitation only. Ask an administrator of your organisation to invite you.
signup-lead-domains = Anyone with an e-mail address at { $domains } can join. We will send you a link to confirm your address.
signup-lead-approval = Tell us who you are. An administrator reviews every request, and you will hear the decision by e-mail.
signup-message = Message to the administrators
signup-message-hint = Optional: your team, your role, or who sent you here.
signup-submit = Send confirmation link
signup-submit-request = Send request
signup-sent = Check your inbox: if the address can join, a link to create your account is on its way. It works for 24 hours.
signup-requested = Thank you! Your request has been sent to the administrators. You will hear from us by e-mail.

## Home
home-title = Welcome, { $name }
home-lead = This is { $org } on Kaiku.
home-figures = Organisation figures
home-kpi-people = People
home-kpi-active = Active
home-kpi-guests = Guests
home-kpi-requests = Pending requests
home-steps-title = Getting started
home-step-done = done
home-step-created = Organisation created
home-step-created-body = Your organisation exists and you are its administrator.
home-step-settings = Review settings
home-step-mail = Set up e-mail
home-step-mail-body = Kaiku sends invitations and password resets by e-mail once it knows your SMTP server.
home-step-mail-action = Configure e-mail
home-step-brand = Make it yours
home-step-brand-body = Choose your organisation's accent colour and default language.
home-step-brand-action = Open branding
home-step-invite = Invite your colleagues
home-step-invite-body = Send invitations by e-mail, or open registration to your company's e-mail domain.
home-step-invite-action = Invite people
home-account-title = Your account
home-active-sessions = Active sessions
home-api-tokens = API tokens
home-edit-profile = Edit profile

## Account
account-title = Your account
account-nav-profile = Profile
account-nav-password = Password
account-nav-sessions = Sessions
account-nav-tokens = API tokens
account-nav-logins = Sign-in history
account-role = Role
account-member-since = Member since
account-language-browser = Follow my browser
account-language-hint = The language of Kaiku's pages and the e-mails you receive.
password-title = Change password
password-lead = After the change, your other sessions are signed out and your API tokens stop working.
password-submit = Change password
sessions-title = Sessions
sessions-lead = Devices where you are signed in. Sign out any you don't recognise.
sessions-this = This device
sessions-remembered = Kept signed in
sessions-ip = IP { $ip }
sessions-last-seen = last active { $time }
sessions-started = signed in { $time }
sessions-revoke = Sign out
sessions-revoke-all = Sign out everywhere
sessions-revoke-all-confirm = Sign out on every device, including this one?
tokens-title = API tokens
tokens-lead = Personal access tokens let scripts and integrations use the Kaiku API as you.
tokens-new = New token
tokens-label = Label
tokens-label-hint = What the token is for, e.g. "HR sync" or "My script".
tokens-expiry = Expires
tokens-days = { $days ->
    [one] in { $days } day
   *[other] in { $days } days
}
tokens-never = Never
tokens-create = Create token
tokens-created = Your new token:
tokens-created-once = Copy it now. It will not be shown again.
tokens-yours = Your tokens
tokens-empty = No tokens yet
tokens-empty-body = Create one when a script or integration needs to use the API.
tokens-expired = Expired
tokens-created-at = created { $time }
tokens-expires-at = expires { $time }
tokens-no-expiry = never expires
tokens-last-used = last used { $time }
tokens-never-used = never used
tokens-revoke = Revoke
tokens-revoke-confirm = Revoke this token? Anything using it stops working at once.
logins-title = Sign-in history
logins-lead = Recent attempts to sign in to your account. Report anything you don't recognise to an administrator.
logins-empty = No sign-in attempts yet
logins-col-time = Time
logins-col-person = Person
logins-col-outcome = Outcome
logins-col-ip = IP address
logins-col-agent = Browser
outcome-success = Signed in
outcome-failed = Failed
outcome-rate-limited = Blocked (too many attempts)
outcome-deactivated = Refused (deactivated)

## Administration
admin-nav-users = People
admin-nav-invitations = Invitations
admin-nav-requests = Requests
admin-nav-settings = Settings
admin-nav-login-log = Login log
admin-actions = Actions
admin-users-title = People
admin-users-search = Search
admin-users-role = Role
admin-users-state = Status
admin-users-col-person = Person
admin-users-col-joined = Joined
admin-users-empty = Nobody matches
admin-users-empty-body = Try a different search or clear the filters.
admin-invite-people = Invite people
admin-user-details = Details
admin-user-change-role = Change role
admin-user-access = Access
admin-user-reset-hint = Create a one-time link that lets this person choose a new password. Hand it over in person or by phone. It works for 24 hours.
admin-user-reset-link = Create password reset link
admin-reset-link-created = Password reset link (shown once, valid for 24 hours):
admin-user-deactivate-hint = Deactivation signs the person out everywhere and revokes their API tokens. What they wrote stays.
admin-user-deactivate = Deactivate account
admin-user-deactivate-confirm = Deactivate { $name }? They will be signed out everywhere at once.
admin-user-reactivate = Reactivate account
admin-user-logins = Recent sign-ins
admin-invitations-title = Invitations
admin-invitations-lead = Invite colleagues and partners by e-mail. An invitation is valid for seven days.
admin-invite-send = Send invitation
admin-invitation-mailed = The invitation has been sent. You can also share this link:
admin-invitation-not-mailed = E-mail is not set up, so nothing was sent. Share this link with the person yourself:
admin-mail-not-configured = E-mail is not set up: invitations are not sent automatically, but you can share their links.
admin-configure-mail = Set up e-mail
admin-invitations-recent = Recent invitations
admin-invitations-empty = No invitations yet
admin-invitation-state = Status
admin-invitation-sent = Sent
admin-invitation-revoke = Revoke
invitation-open = Waiting
invitation-accepted = Accepted
invitation-revoked = Revoked
invitation-expired = Expired
admin-requests-title = Requests to join
admin-requests-lead = People who asked for an account. Approving sends them an invitation link.
admin-requests-empty = No pending requests
admin-requests-mode-off = Registration by request is switched off, so no new requests arrive.
admin-request-approve = Approve
admin-request-reject = Reject
admin-request-reject-confirm = Reject this request? The applicant will be told by e-mail.
admin-request-approved-mailed = Approved. An invitation has been sent; you can also share this link:
admin-request-approved-not-mailed = Approved. E-mail is not set up, so share this invitation link with the person yourself:
admin-settings-title = Settings
settings-organisation = Organisation
settings-accent = Accent colour
settings-accent-hint = Used for buttons, links and highlights.
settings-default-language = Default language
settings-default-language-hint = Used when neither the person nor their browser asks for a language we have.
settings-registration = Registration
settings-registration-mode = Who can create an account
settings-mode-closed = Invitation only
settings-mode-closed-desc = Only people invited by an administrator can join.
settings-mode-domains = Anyone with a company e-mail address
settings-mode-domains-desc = People with an address at one of the domains below can join after confirming it.
settings-mode-approval = Anyone can ask, an administrator approves
settings-mode-approval-desc = Requests wait for an administrator's decision.
settings-domains = Allowed e-mail domains
settings-domains-hint = For example: example.com, example.fi
settings-mail = E-mail (SMTP)
settings-mail-configured = E-mail is set up: Kaiku sends invitations, password resets and notifications.
settings-mail-not-configured = E-mail is not set up: nothing is sent until you fill in the SMTP server.
settings-smtp-host = SMTP server
settings-smtp-port = Port
settings-smtp-security = Connection security
settings-smtp-starttls = STARTTLS (port 587)
settings-smtp-tls = TLS (port 465)
settings-smtp-none = None (trusted local relay only)
settings-smtp-username = User name
settings-smtp-password = Password
settings-smtp-password-set = A password is stored. Leave empty to keep it.
settings-smtp-password-unset = No password stored.
settings-smtp-password-clear = Remove the stored password
settings-smtp-from = Sender
settings-smtp-from-hint = For example: Intranet <intranet@example.com>
settings-test-mail = Send test e-mail
settings-test-mail-hint = Sends a message to your own address using the saved settings.
settings-logo = Logo
settings-logo-current = Current logo
settings-logo-upload = Upload a new logo
settings-logo-hint = PNG, JPEG, WebP or GIF, at most 512 KB. A square image works best.
settings-logo-save = Upload logo
settings-logo-remove = Remove logo
error-logo-type = Choose a PNG, JPEG, WebP or GIF image.
error-logo-too-large = The image is larger than 512 KB.
admin-login-log-title = Login log
admin-login-log-lead = Every sign-in attempt in the organisation, newest first.

## E-mail
mail-greeting = Hello { $name },
mail-greeting-plain = Hello,
mail-footer = This message was sent by { $org }'s intranet.
mail-reset-subject = Reset your password for { $org }
mail-reset-body = Someone asked to reset the password of your account. Use the link below to choose a new one. It works once, within one hour.
mail-reset-ignore = If you did not ask for this, you can ignore this message: your password stays as it is.
mail-reset-action = Choose a new password
mail-invite-subject = You are invited to join { $org }
mail-invite-body = { $inviter } has invited you to { $org }'s intranet.
mail-invite-expiry = The invitation is valid for seven days.
mail-invite-action = Accept the invitation
mail-signup-subject = Confirm your address to join { $org }
mail-signup-body = Use the link below to create your account on { $org }'s intranet. It works for 24 hours. If you did not ask for this, ignore this message.
mail-signup-action = Create my account
mail-approved-subject = Your request to join { $org } was approved
mail-approved-body = Good news: your request to join { $org }'s intranet has been approved. Use the link below to create your account.
mail-rejected-subject = Your request to join { $org }
mail-rejected-body = Your request to join { $org }'s intranet was not approved. If you think this is a mistake, contact the organisation directly.
mail-test-subject = Test message from { $org }
mail-test-body = E-mail from Kaiku works. You can close this message.

## Spaces and partners (organisation settings)
settings-spaces = Spaces and partners
settings-space-creation = Who can create spaces
settings-space-creation-everyone = Every member
settings-space-creation-everyone-desc = Employees can start spaces for their teams, projects and interests. Guests never can.
settings-space-creation-admins = Administrators only
settings-space-creation-admins-desc = Members ask an administrator to create a space for them.
settings-guests-enabled = Allow guest accounts for external partners
settings-guests-enabled-hint = When off, nobody can invite guests and existing guests cannot sign in.
error-guests-disabled = Guest accounts are switched off for this organisation.
outcome-guests-disabled = Refused (guests switched off)

## Space errors
error-slug-invalid = Use 2–60 lower-case letters, digits and dashes, for example "hr-team".
error-slug-taken = Another space already uses this address.
error-space-has-guests = Remove the guests from this space before making it internal only.
error-confirm-name = Type the space's name exactly to confirm.
error-last-owner = A space needs an owner: make someone else an owner first.
error-remove-owner = Owners cannot be removed. Ask them to step down or hand over first.
error-no-such-person = Nobody in the organisation has this e-mail address.
error-person-deactivated = This person's account has been deactivated.
error-space-internal = This space is internal only: guests cannot be added.
error-already-member = This person is already a member.
error-email-taken-invite-instead = This person already has an account: invite them as a colleague instead.
error-space-archived = This space is archived and read-only.
error-guest-role = Guests take part as members; they cannot be moderators or owners.
error-transfer-self = Choose another member to hand the space over to.
mail-partner-subject = You are invited to { $space } at { $org }
mail-partner-body = { $inviter } has invited you to take part in the space { $space }. You will join as an external guest and see only what is shared with you.

## Spaces
nav-spaces = Spaces
badge-external = External
action-cancel = Cancel
action-change = Change
spaces-title = Spaces
spaces-lead = Teams, projects, interest groups and partner collaborations, each with its own members.
spaces-create = Create space
spaces-invitations = Invitations for you
spaces-invited-by = Invited by { $name }
spaces-accept = Join
spaces-decline = Decline
spaces-filter = Show spaces
spaces-scope-all = All
spaces-scope-mine = Mine
spaces-scope-public = Public
spaces-scope-private = Private
spaces-scope-archived = Archived
spaces-search = Search spaces
spaces-empty = No spaces here yet
spaces-empty-body = Create a space for your team or project, or try another filter.
space-member-count = { $count ->
    [one] { $count } member
   *[other] { $count } members
}
space-visibility-public = Public
space-visibility-private = Private
space-visibility-secret = Secret
space-visibility-public-desc = Everyone in the organisation sees it and its content, and may join.
space-visibility-private-desc = Listed for everyone; only members see its content. People ask to join.
space-visibility-secret-desc = Only members know it exists. People join by invitation only.
space-role-owner = Owner
space-role-moderator = Moderator
space-role-member = Member
space-archived = Archived
space-internal-only = Internal only
space-new-title = Create a space
space-new-lead = A space gathers people around a team, project or topic. You will be its owner.
space-field-name = Name
space-field-slug = Address
space-field-slug-hint = The end of the space's web address. Leave empty to make it from the name.
space-field-description = Description
space-field-visibility = Who can see it
space-field-color = Colour
space-color-n = Colour { $n }
space-field-posting = Who can post
space-posting-members = All members
space-posting-members-desc = Everyone in the space takes part.
space-posting-moderators = Moderators only
space-posting-moderators-desc = For announcements: members read and comment.
space-field-guests = Guests (external partners) may be invited
space-field-notifications = Members' default notifications
space-field-notifications-hint = What new members are told about; each person can change it for themselves.
space-notify-all = All new posts
space-notify-mentions = Only mentions of them
space-notify-muted = Nothing
space-nav-about = About
space-nav-members = Members
space-nav-requests = Requests
space-nav-settings = Settings
space-about = About this space
space-no-description = No description yet.
space-created = Created
space-archived-note = This space is archived: everything stays readable, but nothing new can be added.
space-join = Join space
space-leave = Leave space
space-leave-confirm = Leave this space?
space-request = Ask to join
space-request-message = Message to the moderators (optional)
space-request-pending = You have asked to join. A moderator will decide.
space-withdraw = Withdraw request
space-all-members = Show all
space-members-hidden = Only members see who is in this space.
space-members-title = Members of { $space }
space-requests-title = Requests to join { $space }
space-settings-title = Settings of { $space }
space-invite-colleague = Invite a colleague
space-invite-colleague-hint = Their work e-mail address. They will see the invitation under Spaces.
space-invite = Invite
space-invite-partner = Invite an external partner
space-invite-partner-hint = They get an e-mail to create a guest account and see only the spaces they are invited to.
space-invite-partner-send = Send invitation
space-col-role = Role in space
space-col-joined = Joined
space-remove = Remove
space-remove-confirm = Remove { $name } from this space?
space-transfer = Make owner, step down
space-transfer-confirm = Hand ownership to { $name }? You will become a moderator.
space-archive-title = Archive
space-archive-hint = Archiving makes the space read-only. Members can still find and read everything.
space-archive = Archive space
space-unarchive-hint = The space is archived. Unarchive it to let members take part again.
space-unarchive = Unarchive space
space-delete-title = Delete space
space-delete-hint = Deleting removes the space and everything in it for good. This cannot be undone.
space-delete-confirm-label = Type the name "{ $name }" to confirm
space-delete = Delete space for good
space-history = History
space-history-empty = No changes recorded yet.
space-audit-create = Space created
space-audit-settings = Settings changed
space-audit-archive = Archived
space-audit-unarchive = Unarchived
space-audit-join = Joined
space-audit-leave = Left
space-audit-request = Asked to join
space-audit-request-approved = Request approved
space-audit-request-rejected = Request rejected
space-audit-invite = Colleague invited
space-audit-invite-partner = Partner invited
space-audit-invitation-accepted = Invitation accepted
space-audit-add-member = Member added
space-audit-remove-member = Member removed
space-audit-role = Role changed
space-audit-transfer = Ownership handed over
space-audit-other = Change
notice-space-created = Your space is ready. Invite people to it under Members.
notice-space-joined = Welcome to the space!
notice-space-left = You have left the space.
notice-space-requested = Your request has been sent to the space's moderators.
notice-space-withdrawn = Your request has been withdrawn.
notice-space-invited = The invitation has been sent.
notice-invitation-declined = The invitation has been declined.
notice-member-removed = The member has been removed.
notice-ownership-transferred = Ownership has been handed over.
notice-request-approved = The request has been approved.
notice-space-archived = The space has been archived.
notice-space-unarchived = The space is active again.
notice-space-deleted = The space has been deleted.

## Home: spaces
home-spaces-title = Your spaces
home-spaces-all = All spaces
home-spaces-empty = You are not in any space yet.
home-spaces-browse = Browse spaces
home-spaces-more = Show all your spaces
home-space-invitations = { $count ->
    [one] You have an invitation to a space.
   *[other] You have { $count } invitations to spaces.
}

## Stream
home-aside = Your spaces and account
stream-title = Posts
stream-empty = Nothing here yet
stream-empty-home = Posts from your spaces and your colleagues' updates appear here. Write the first one!
stream-empty-space = No posts in this space yet. Start the conversation!
stream-older = Show older posts
post-title = Post
post-compose-profile = Share an update with your colleagues…
post-compose-space = Write to { $space }…
post-send = Post
post-preview = Preview
post-write = Write
mention-suggestions = People to mention
post-markdown-hint = Markdown works: **bold**, *italics*, lists, `code`, links.
post-moderators-only = Only moderators post in this space; everyone can comment.
post-edited = edited
post-delete-confirm = Delete this post and its comments?
post-comment-count = { $count ->
    [0] No comments
    [one] 1 comment
   *[other] { $count } comments
}
post-show-all-comments = { $count ->
    [one] Show the comment
   *[other] Show all { $count } comments
}
post-comments = Comments
post-edit-title = Edit post
post-field-body = Text
post-error-title = The post was not published
post-error-kept = Here is what you wrote, so nothing is lost. Copy it, go back and try again.
post-error-back = Go back
post-history-title = Edit history
post-history-back = Back to the post
post-history-current = Current version
post-history-before = Before the edit of { $time }
comment-write = Write a comment…
comment-send = Comment
comment-reply = Reply
comment-edit-title = Edit comment
comment-delete-confirm = Delete this comment and its replies?
action-edit = Edit
action-delete = Delete
reaction-like = Like
reaction-thanks = Thanks
reaction-celebrate = Celebrate
reaction-insightful = Insightful
post-reactors = Who reacted
reaction-funny = Funny
notice-post-saved = Your changes have been saved.
notice-post-deleted = The post has been deleted.
error-post-too-long = A post can be at most 10,000 characters.
error-comment-too-long = A comment can be at most 5,000 characters.
error-no-such-comment = That comment no longer exists.
error-reaction-unknown = Unknown reaction.
stream-new-posts = { $count ->
    [one] 1 new post — show
   *[other] { $count } new posts — show
}

stream-filter = Show posts
stream-show-all = All
stream-show-spaces = My spaces
stream-show-mentions = Mentions of me
stream-show-saved = Saved
stream-empty-mentions = Nobody has mentioned you yet. When someone writes @ and your name, the post appears here.
stream-empty-saved = You have not saved any posts. Use "Save" on a post to find it here later.
stream-empty-topic = No posts you can see have this topic yet.
post-pinned = Pinned
post-pin = Pin
post-unpin = Unpin
post-save = Save
post-unsave = Saved ✓
post-unreachable-mentions = Not notified, because they cannot see this post: { $names }
topic-lead = Posts with this topic that you can see, newest first.

## Announcements and reports
notice-announced = The post is now announced on everyone's home.
notice-unannounced = The post is no longer announced.
notice-reported = Thank you. The moderators will look at your report.
notice-report-resolved = The report has been resolved.
post-announce = Announce to everyone
post-unannounce = Stop announcing
post-report = Report
report-title = Report
report-lead = Tell the moderators what is wrong. Only they see your report.
report-reason = What is the problem?
report-send = Send report
reports-title = Reports
reports-lead = Posts and comments people have reported in places you moderate.
reports-empty = No open reports
reports-by = reported by { $name }
reports-reason = Reason:
reports-open = Open in context
reports-remove = Remove it
reports-remove-confirm = Remove the reported content?
reports-dismiss = Keep it
announcements-title = Announcement
announcements-dismiss = Dismiss
error-announce-audience = Only posts everyone in the organisation can see can be announced.

## Following
follow-start = Follow
follow-stop = Unfollow
following-title = Following
following-lead = People, spaces and topics whose posts come to your home. Your own spaces are followed too unless you unfollow them.
following-empty = You do not follow anything extra yet
following-empty-body = Follow people, spaces and topics from their pages.
following-person = Person
following-space = Space
following-topic = Topic
stream-show-following = Following
stream-empty-following = Nothing yet from the people, spaces and topics you follow.
stream-empty-person = No posts you can see yet.
error-follow-self = You cannot follow yourself.

## Notifications
notif-bell = Notifications
notif-bell-unread = { $count ->
    [one] Notifications, 1 unread
   *[other] Notifications, { $count } unread
}
notif-title = Notifications
notif-read-all = Mark all as read
notif-unread = Unread
notif-unread-one = unread
notif-empty = No notifications yet
notif-empty-unread = You are all caught up
notif-empty-body = Mentions, replies, reactions and requests that concern you appear here.
notice-all-read = All notifications are marked as read.
notif-someone = Someone
notif-mention = { $actor } mentioned you
notif-comment-own = { $others ->
    [0] { $actor } commented on your post
    [one] { $actor } and one other commented on your post
   *[other] { $actor } and { $others } others commented on your post
}
notif-comment = { $others ->
    [0] { $actor } commented in a conversation you follow
    [one] { $actor } and one other commented in a conversation you follow
   *[other] { $actor } and { $others } others commented in a conversation you follow
}
notif-reaction = { $others ->
    [0] { $actor } reacted to your post
    [one] { $actor } and one other reacted to your post
   *[other] { $actor } and { $others } others reacted to your post
}
notif-space-post = { $count ->
    [one] { $actor } posted in { $space }
   *[other] { $count } new posts in { $space }
}
notif-added = { $actor } added you to { $space }
notif-invitation = { $actor } invited you to { $space }
notif-join-request = { $others ->
    [0] { $actor } asked to join { $space }
    [one] { $actor } and one other asked to join { $space }
   *[other] { $actor } and { $others } others asked to join { $space }
}
notif-request-approved = Your request to join { $space } was approved
notif-request-declined = Your request to join { $space } was declined
notif-role-changed = Your role in { $space } is now: { $role }
notif-announcement = { $actor } made an announcement to everyone

## Notification settings
account-nav-notifications = Notifications
notif-settings-title = Notification settings
notif-settings-lead = Choose what you hear about, and how. Everything except “Off” also appears under the bell.
notif-settings-no-mail = E-mail is not set up in this organisation yet, so for now everything arrives in Kaiku only.
notif-settings-kinds = What you hear about
notif-settings-what = What
notif-settings-how = How
notif-settings-digests = Digests
notif-settings-digests-lead = A digest gathers what you have not read yet into one e-mail, grouped by space. When there is nothing new, nothing is sent.
notif-digest-hour = Time of the digests
notif-digest-weekday = Day of the weekly digest
field-time-zone = Time zone
time-zone-hint = Times in Kaiku and in your digests follow this time zone.
time-zone-org-default = The organisation’s ({ $zone })
notice-notifications-saved = Your notification settings are saved.
error-time-zone-invalid = Choose a time zone from the list.
notif-kind-mention = Mentions of me
    .hint = Someone writes @you in a post or a comment.
notif-kind-comment = Comments in my conversations
    .hint = Comments on your posts, and in conversations you take part in or follow.
notif-kind-reaction = Reactions to my posts
    .hint = Likes, thanks and other reactions, gathered per post.
notif-kind-space-post = New posts in my spaces
    .hint = Only from spaces where you chose “Every new post”.
notif-kind-announcement = Announcements
    .hint = What the organisation announces to everyone.
notif-kind-invitation = Invitations to spaces
    .hint = Someone invites you to a space or adds you to one.
notif-kind-join-request = Requests to join my spaces
    .hint = For the spaces you own or moderate.
notif-kind-request-decided = Answers to my requests
    .hint = Your request to join a space is approved or declined.
notif-kind-role-changed = Changes to my role
    .hint = Someone makes you a member, moderator or owner of a space.
notif-delivery-app = In Kaiku only
notif-delivery-email = E-mail at once
notif-delivery-daily = Daily digest
notif-delivery-weekly = Weekly digest
notif-delivery-off = Off
weekday-1 = Monday
weekday-2 = Tuesday
weekday-3 = Wednesday
weekday-4 = Thursday
weekday-5 = Friday
weekday-6 = Saturday
weekday-7 = Sunday
space-level-label = Notifications from this space
space-level-all = Every new post
space-level-mentions = Mentions and my conversations
space-level-muted = Only mentions of me
space-level-chosen = Your own choice.
space-level-default = The space’s default. Choose your own here.
notice-space-level-saved = Saved: you now hear from this space as you chose.
thread-following = You follow this conversation: new comments notify you.
thread-muted = You muted this conversation: only mentions of you notify you.
thread-none = You do not follow this conversation.
thread-follow = Follow the conversation
thread-mute = Mute the conversation
notice-thread-followed = You now follow this conversation.
notice-thread-muted = The conversation is muted.
notice-thread-unfollowed = You no longer follow this conversation.

## Unsubscribing from e-mail
unsubscribe-title = Stop e-mails
unsubscribe-kind = e-mails about “{ $kind }”
unsubscribe-daily = the daily digest
unsubscribe-weekly = the weekly digest
unsubscribe-confirm = This link stops: { $what }. You will still see everything under the bell in Kaiku.
unsubscribe-button = Stop these e-mails
unsubscribe-done = Done. Stopped: { $what }.
unsubscribe-done-more = Notifications still appear under the bell in Kaiku. You can change this at any time in your notification settings.
unsubscribe-settings = Notification settings

## Notification e-mail
mail-notif-in-space = In { $space }
mail-notif-open = Open it
mail-notif-settings = Choose which e-mails you get
mail-unsubscribe-kind = Stop e-mails like this one
mail-unsubscribe-daily = Stop the daily digest
mail-unsubscribe-weekly = Stop the weekly digest
mail-digest-daily-subject = { $count ->
    [one] { $org }: 1 new thing for you
   *[other] { $org }: { $count } new things for you
}
mail-digest-weekly-subject = { $count ->
    [one] { $org }: your week, 1 new thing
   *[other] { $org }: your week, { $count } new things
}
mail-digest-intro-count = { $count ->
    [one] Here is one thing you have not seen yet.
   *[other] Here are { $count } things you have not seen yet.
}
mail-digest-daily-intro = This is your daily digest.
mail-digest-weekly-intro = This is your weekly digest.
mail-digest-elsewhere = Elsewhere in the organisation
mail-digest-open = See all notifications

## E-mail delivery log
admin-nav-mail = E-mail delivery
admin-mail-title = E-mail delivery
admin-mail-lead = Every message Kaiku sends, newest first: what was delivered, what waits for another try and why.
admin-mail-empty = No e-mail yet
admin-mail-col-time = Queued
admin-mail-col-to = To
admin-mail-col-subject = Subject
admin-mail-col-status = Status
admin-mail-not-written = Written when sent
admin-mail-purpose-system = Account e-mail
admin-mail-purpose-notification = Notification
admin-mail-purpose-digest = Digest
admin-mail-sent = Sent
admin-mail-failed = Given up
admin-mail-cancelled = Not sent
admin-mail-pending = Waiting
admin-mail-retry = next try { $when }
admin-mail-attempts = { $count ->
    [one] 1 attempt
   *[other] { $count } attempts
}
settings-default-time-zone = Time zone
settings-default-time-zone-hint = For everyone who has not chosen their own: the times on pages and when digests arrive.

## People and organisation
nav-people = People
nav-my-profile = My profile
people-title = People
people-lead = Everyone in the organisation: who does what, where, and how to reach them.
people-filters = Filter people
people-search = Name, title or e-mail
people-unit = Unit
people-location = Location
people-language = Speaks
people-skill = Skill
people-clear = Clear filters
people-empty = Nobody here
people-empty-filtered = Nobody matches all of these filters. Try fewer.
experts-title = Who knows…?
experts-lead = Find the people who know about something: their skills first, then how recently they took part.
experts-ask = Who knows about…
experts-placeholder = e.g. SAP, occupational safety, Python
experts-find = Find experts
experts-found = People who know about “{ $topic }”
experts-none = Nobody has listed “{ $topic }” yet
experts-none-body = Try a broader or differently spelt word, or browse the people directory.
profile-edit = Edit profile
profile-vcard = Save contact
profile-contact = Contact
profile-phone-work = Work phone
profile-phone-mobile = Mobile
profile-location = Location
profile-location-hint = Your office or town, e.g. Tampere. People can filter by it.
profile-start-date = Started
profile-reporting = Reporting line
profile-manager-line = Reports to
profile-reports = { $count ->
    [one] 1 direct report
   *[other] { $count } direct reports
}
profile-spaces = Spaces
profile-about = About
profile-skills = Skills and competences
profile-languages = Languages
profile-certificates = Certificates and licences
profile-cert-issued = issued { $date }
profile-cert-expires = valid until { $date }
profile-cert-expired = expired { $date }
profile-posts = Posts
profile-edit-title = Edit profile
profile-edit-lead-own = What you write here helps colleagues find you and know what you know.
profile-edit-lead-other = You are editing the profile of { $name }. The change is recorded in the audit log.
profile-photo = Photo
profile-photo-choose = Choose a photo
profile-photo-hint = JPEG, PNG, WebP or GIF, up to 8 MB. It is cropped square, and nothing else of the file (such as where it was taken) is kept.
profile-photo-upload = Upload
profile-photo-remove = Remove photo
profile-basics = Basic details
profile-no-unit = No unit
profile-manager = Manager
profile-manager-hint = Their e-mail address.
profile-locked-hint = Greyed-out fields come from the HR system: ask an administrator to change them.
profile-bio = About me
profile-bio-hint = A few words about your work and what you can help with. Markdown works.
profile-skills-hint = One skill per row, with how well you know it if you like. Empty rows are ignored.
profile-skill = Skill
profile-skill-level = Level
profile-language = Language
profile-language-level = How well
profile-certificates-hint = Certificates, licences and permits, with their dates.
profile-cert-name = Name
profile-cert-issuer = Issued by
profile-cert-issued-on = Issued on
profile-cert-expires-on = Valid until
profile-more = More details
notice-photo-saved = Your photo is saved.
notice-photo-removed = The photo is removed.
skill-level-1 = basic
skill-level-2 = good
skill-level-3 = expert
language-level-native = native
language-level-fluent = fluent
language-level-good = good
language-level-basic = basic
language-fi = Finnish
language-sv = Swedish
language-et = Estonian
language-nl = Dutch
language-en = English
language-de = German
language-fr = French
language-es = Spanish
language-it = Italian
language-pt = Portuguese
language-ru = Russian
language-uk = Ukrainian
language-pl = Polish
language-lt = Lithuanian
language-lv = Latvian
language-no = Norwegian
language-da = Danish
language-is = Icelandic
language-se = Northern Sami
language-zh = Chinese
language-ja = Japanese
language-ar = Arabic
language-hi = Hindi
language-tr = Turkish
error-phone-invalid = Enter a phone number in digits, e.g. +358 40 123 4567.
error-date-invalid = Enter a date as year-month-day, e.g. 2026-03-31.
error-manager-loop = That would make a loop in the reporting line: someone cannot report to a person who reports to them.
error-no-such-unit = There is no such unit.
error-field-locked = This field is kept by administrators and the HR system.
error-field-value-invalid = One of the additional details has a value that does not fit its kind.
error-no-such-field = There is no such field.
error-bio-too-long = Keep it under 4,000 characters.
error-skill-invalid = A skill can be at most 60 characters.
error-too-many = That is more than allowed here.
error-expiry-before-issue = A certificate cannot expire before it was issued.
error-photo-invalid = This is not an image Kaiku can use. Choose a JPEG, PNG, WebP or GIF photo.
error-photo-too-large = The photo is larger than 8 MB.
error-photo-dimensions = The image is too large in width or height (at most 10,000 pixels a side).
org-title = Organisation
org-lead = The organisation's units, from the top down.
org-manage = Manage units
org-empty = No units yet
org-lead-by = led by { $name }
org-people-count = { $count ->
    [one] 1 person
   *[other] { $count } people
}
org-path = Place in the organisation
org-unit-directory = In the directory
org-unit-edit = Edit unit
org-unit-lead = Lead
org-unit-children = Units below
org-unit-people = People
org-unit-no-people = Nobody belongs directly to this unit.
orgkind-group = Group
orgkind-company = Company
orgkind-business-unit = Business unit
orgkind-department = Department
orgkind-team = Team
admin-nav-org = Organisation
admin-nav-profile = Profiles
admin-org-title = Organisation units
admin-org-lead = The tree of companies, business units, departments and teams. People belong to one unit each.
admin-org-add = Add a unit
admin-org-name = Name
admin-org-kind = Kind
admin-org-parent = Belongs to
admin-org-top = Nothing (at the top)
admin-org-description = Description
admin-org-remove = Remove
admin-org-remove-confirm = Remove this unit? Only empty units can be removed.
admin-org-kinds = Kinds of unit
admin-org-kind-new = New kind
admin-org-kind-add = Add kind
error-unit-loop = A unit cannot belong to itself or to a unit below it.
error-unit-not-empty = Only a unit without people and without units below it can be removed.
error-kind-in-use = This kind is still used by some units.
admin-profile-title = Profiles
admin-profile-lead = What every profile holds, and who keeps it.
admin-profile-locks = Kept by administrators
admin-profile-locks-lead = These details come from the HR system: people see them on their profile but cannot change them.
admin-profile-fields = Additional details
admin-profile-no-fields = No additional details yet.
admin-profile-add = Add a detail
admin-profile-label = Name
admin-profile-kind = Kind
admin-profile-choices = Choices
admin-profile-choices-hint = For a choice: one option per line.
admin-profile-visibility = Who sees it
admin-profile-self-service = People fill it in themselves
admin-profile-remove-confirm = Remove this detail from every profile?
error-choices-required = Give at least one choice.
field-kind-text = Text
field-kind-choice = Choice
field-kind-date = Date
field-kind-link = Link
field-kind-phone = Phone number
field-visibility-everyone = Everyone who can see the person
field-visibility-members = The organisation's members (not partners)
field-visibility-private = Administrators and the person only
lockable-unit = Unit
lockable-title = Job title
lockable-manager = Manager
lockable-phones = Phone numbers
lockable-start-date = Start date
user-audit-title = Changes by administrators
user-audit-empty = No changes recorded.
user-audit-create = Account created
user-audit-role = Role changed
user-audit-deactivate = Deactivated
user-audit-reactivate = Reactivated
user-audit-reset-link = Password reset link made
user-audit-set-password = Password set
user-audit-profile = Profile changed
user-audit-photo = Photo changed
user-audit-photo-removed = Photo removed
user-audit-other = Other change

## Search
error-search-too-long = A search can be at most 500 characters long.
error-search-type = Choose what to search for: posts, comments, spaces, people or topics.
error-search-space = That space does not exist or you cannot see it.
error-search-age = Choose a time range from the list.
error-search-dates = The start date must come before the end date.
search-label = Search
search-placeholder = Search people, spaces, posts…
search-suggestions = Suggestions
search-title = Search
search-title-for = Search: { $query }
search-hint = Use "quotes" for an exact phrase and a minus sign to leave a word out, as in -draft.
search-submit = Search
search-indexing = The search index is still being built, so some results may be missing for a moment.
search-narrow = Narrow the results
search-facet-type = Type
search-facet-space = Space
search-facet-author = Author
search-facet-date = Date
search-facet-any = Show all
search-dates = Date range
search-from = From
search-to = To
search-clear = Clear filters
search-count = { $count ->
    [0] No results
    [one] { $count } result
   *[other] { $count } results
}
search-sort = Sort
search-sort-relevance = Best match
search-sort-newest = Newest first
search-did-you-mean = Did you mean
search-nothing = Nothing found
search-nothing-narrowed = Nothing matches with these filters. Try clearing them.
search-nothing-tips = Check the spelling, try fewer or more general words, or search for part of a long word.
search-start = What are you looking for?
search-kind-post = Post
search-kind-comment = Comment
search-kind-space = Space
search-kind-person = Person
search-kind-topic = Topic
search-kinds-post = Posts
search-kinds-comment = Comments
search-kinds-space = Spaces
search-kinds-person = People
search-kinds-topic = Topics
search-age-day = Last 24 hours
search-age-week = Last 7 days
search-age-month = Last 30 days
search-age-year = Last 12 months
search-age-older = Older
search-suggest-content = Posts and comments
search-suggest-none = No suggestions yet. Press Enter to search everything.
search-suggest-all = All results for “{ $query }”

## The wiki

space-nav-wiki = Wiki
wiki-title = Wiki · { $space }
wiki-pages = Pages
wiki-new = New page
wiki-new-below = Page below this
wiki-new-title = New page
wiki-edit-title = Editing “{ $title }”
wiki-empty = No pages yet
wiki-empty-write = Start the space’s handbook: practices, instructions, contacts, anything people look up again and again.
wiki-page-empty = This page has no text yet.
wiki-updated-by = Changed by { $name }
wiki-path = Where this page is
wiki-history = History
wiki-history-title = History of “{ $title }”
wiki-children = Pages below
wiki-version = Version { $number }
wiki-current = Current
wiki-delete-confirm = Delete this page? The pages below it move up a level.
wiki-field-title = Title
wiki-field-parent = Place under
wiki-parent-top = The top of the wiki
wiki-field-body = Text
wiki-field-summary = What did you change? (optional)
wiki-summary-hint = A line for the page’s history, such as “Updated the holiday dates”.
wiki-conflict-theirs = { $name } saved version { $number } while you were editing
wiki-conflict-hint = Your text is kept in the form below. Compare it with their version, take what you need from it, and save again.
wiki-restored-from = Brought back version { $number }
wiki-then-titled = Titled “{ $title }” then
wiki-restore = Restore this version
wiki-restore-confirm = Make version { $number } the current one again? Nothing is lost: the versions since stay in the history.
wiki-revision-title = Version { $number }
wiki-first-version = The first version
wiki-changes-since = Changes since version { $number }
wiki-changes = Changes
wiki-no-text-changes = The text did not change in this version.
wiki-line-added = Added:
wiki-line-removed = Removed:
wiki-lines-unchanged = { $count ->
    [one] { $count } unchanged line
   *[other] { $count } unchanged lines
}
notice-wiki-saved = The page has been saved.
notice-wiki-deleted = The page has been deleted.
notice-wiki-restored = The earlier version is the current one again.
error-wiki-conflict = Someone saved a newer version of this page while you were working on it, so nothing was saved.
error-wiki-gone = This page was deleted while you were editing it. Your text is kept below: save it as a new page, or leave it.
error-wiki-parent = Choose a page of this wiki that is not this page or one below it, at most 8 levels deep.
error-wiki-title-too-long = A title can be at most 200 characters.
error-wiki-body-too-long = A page can be at most 100,000 characters.
error-wiki-summary-too-long = The summary can be at most 300 characters.
search-kind-wiki = Wiki page
search-kinds-wiki = Wiki pages
