# API keys (admin page) and Open311 GeoReport v2.
nav-api-keys = API keys
api-keys-title = API keys
api-keys-intro = Keys let other systems — a landlord's call centre, a city's Open311 app — read this portal's public reports and file new ones for the common areas of the buildings their organisation serves. Each key is shown once: copy it when it is issued. Every use is logged and each key has its own rate limit.
api-keys-issued = Key “{ $name }” issued. Copy it now: it will not be shown again.
api-keys-revoked-note = The key was revoked: calls made with it are now refused.
api-keys-new = Issue a key
api-keys-name = Name
api-keys-organisation = Organisation
api-keys-can-write = May file reports (read and write)
api-keys-create = Issue the key
api-keys-list = Keys issued
api-keys-scope = Scope
api-keys-created = Issued
api-keys-last-used = Last used
api-keys-uses-today = Uses in 24 hours
api-keys-state = State
api-keys-read-write = Read and write
api-keys-read-only = Read only
api-keys-never = Never
api-keys-revoked = Revoked on { $when }
api-keys-revoke = Revoke
api-keys-revoke-named = Revoke the key “{ $name }”
api-keys-none = No key has been issued yet.
api-key-name-invalid = Give the key a name of at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
api-key-organisation-unknown = Choose an organisation from the list.
open311-group-owner = Landlord of the building
open311-service-description = { $category }. Answered by: { $group }.
open311-spot-format = Free text, at most { $max ->
        [one] { $max } character
       *[other] { $max } characters
    }.
open311-spot-description = Where exactly, in the building's common areas (for example: lift, ground floor)?
open311-date-invalid = Dates must be W3C date-times with a time zone, for example 2026-11-30T09:00:00Z.
open311-too-many-ids = Ask for at most 1000 requests by id at a time.
open311-dates-reversed = The start date is after the end date.
open311-dates-too-wide = Ask for at most { $days ->
        [one] { $days } day
       *[other] { $days } days
    } at a time.
open311-status-invalid = The status must be open, closed or both.
open311-page-invalid = The page must be a whole number from 1 to { $max }.
open311-page-size-invalid = The page size must be a whole number from 1 to { $max }.
open311-service-unknown = There is no such service code: see services.xml.
open311-service-missing = The service_code is required.
open311-position-invalid = Give both lat and long, as decimal degrees.
open311-media-invalid = The media_url is not a valid address.
open311-media-host = Photos are not fetched from { $host }: ask the portal's administrators to allow it, or leave media_url out.
open311-media-private = Photos are not fetched from { $host }: it leads to an address on a private network, not on the internet.
open311-media-unreachable = The photo at media_url could not be fetched.
open311-key-missing = An api_key is required to file a request.
open311-key-invalid = The api_key is unknown or was revoked.
open311-key-read-only = This api_key may only read.
open311-key-out-of-scope = This api_key's organisation does not answer for this service in that building: it may only file where it is the one to act.
open311-location-missing = Say where: address_id (a building or BUILDING/STAIR code), lat and long, or address_string.
open311-location-unknown = No building of the estate is at that place.
open311-service-notice = The landlord's technicians see it in their queue and answer within the service level of its priority.
open311-key-service = Keys are issued by the portal's administrators: { $url }
