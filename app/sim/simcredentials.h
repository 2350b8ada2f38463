#pragma once

// The credentials the simulator accepts unless told otherwise. The demo workspace and the tests use
// these same constants, so a destination pointed at switchboard-sim works without any account.
namespace sb::sim {

inline constexpr char SegmentWriteKey[] = "sim-segment-key";
inline constexpr char KlaviyoApiKey[] = "sim-klaviyo-key";
inline constexpr char KlaviyoRevision[] = "2026-07-15"; // any YYYY-MM-DD is accepted
inline constexpr char AttentiveApiKey[] = "sim-attentive-key";
inline constexpr char SegmentifyApiKey[] = "sim-segmentify-key";
inline constexpr char SegmentifyOrigin[] = "http://www.exampleshop.com";
inline constexpr char SmartPushToken[] = "sim-smartpush-token";
inline constexpr char MixpanelProjectToken[] = "sim-mixpanel-token";
inline constexpr char MixpanelServiceUser[] = "sim-mixpanel-sa";
inline constexpr char MixpanelServiceSecret[] = "sim-mixpanel-secret";
inline constexpr char MixpanelProjectId[] = "4242";
inline constexpr char CustomerIoSiteId[] = "sim-cio-site";
inline constexpr char CustomerIoApiKey[] = "sim-cio-key";
inline constexpr char WebhookSecret[] = "sim-webhook-secret";

} // namespace sb::sim
