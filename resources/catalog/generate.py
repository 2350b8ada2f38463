#!/usr/bin/env python3
"""Writes resources/catalog/<source>.json from the seed documents in ../shared/seeds.

The JSON files are the source of truth the engine loads (qrc); this script only saves typing and keeps
the shared shapes (Ordergroove order fields, Segmentify common parameters) identical everywhere.
Run it from the repository root: python3 resources/catalog/generate.py
"""
import json, os

def P(name, type_, desc, example=None, required=False, allowed=None, children=None, open_list=False):
    p = {"name": name, "type": type_, "required": required, "description": desc}
    if allowed:
        p["allowedValues"] = allowed
    if open_list:
        p["openList"] = True
    if example is not None:
        p["example"] = example
    if children:
        p["children"] = children
    return p

def E(name, desc, props, type_="track", title=None, **extra):
    e = {"name": name, "type": type_, "description": desc, "properties": props}
    if title:
        e["title"] = title
    e.update(extra)
    return e

# ---------------------------------------------------------------- SMRT (seed 000)
smrt_address = [
    P("street", "string", "Street and number.", "742 Evergreen Terrace"),
    P("city", "string", "City.", "San Francisco"),
    P("state", "string", "State.", "CA"),
    P("postalCode", "string", "Postal code.", "94110"),
    P("country", "string", "Country.", "US"),
]
smrt_discount = lambda what: [
    P("name", "string", "Discount name.", "Senior 10%"),
    P("description", "string", "Discount description.", "10% off for seniors"),
    P("value", "number", "Discount value.", 10),
]
smrt_order_fields = [
    P("order_id", "string", "Order Identifier.", "ORD-100234", required=True),
    P("agent", "string", "The agent (sales source) where the order was created.", "Mission Street Store"),
    P("customer_brand", "string", "The brand the customer is part of, i.e the name of the business.", "Bay Cleaners"),
    P("value", "number", "Total amount of order, including discounts and sales tax.", 42.5),
    P("revenue", "number", "Same as value.", 42.5),
    P("sold_by", "string", "Name of the employee that originally created the order (driver or counter CSR).", "Maria Lopez"),
    P("returned_by", "string", "Name of the employee that returned the order to the customer.", "Sam Chen"),
    P("discount", "object", "If the order has a discount, its information in subfields name, description and value.",
      children=smrt_discount("order")),
]
smrt_events = [
    E("Pickup Completed", "Triggered when a driver picked up or delivered to a customer using the delivery app.", [
        P("driver", "string", "Name of driver.", "Alex Kim"),
        P("route", "string", "Name of route.", "Tuesday North"),
        P("address", "object", "Structured address information for pickup/delivery.", children=smrt_address),
        P("had_pickup", "boolean", "Whether the visit resulted in a new pickup (aka new order).", True),
        P("had_delivery", "boolean", "Whether the visit resulted in one or more items being delivered.", True),
        P("total_pickups", "integer", "Number of new orders created.", 1),
        P("total_deliveries", "integer", "Number of bags delivered.", 2),
    ]),
    E("Pickup Missed", "Triggered when a driver completes a customer stop in the delivery app, but there were no clothes to pick up nor deliver.", []),
    E("Pickup Scheduled", "Triggered when a pickup request was scheduled manually either by the customer on the website or by an employee in the POS.", [
        P("scheduled_by", "string", "Who scheduled the pickup.", "Customer", required=True, allowed=["Employee", "Customer"]),
    ]),
    E("Customer Canceled Pickup", "The customer cancelled their scheduled pickup request, either through the website or by replying \"No\" to the nightly text message reminder.", []),
    E("Customer Requested Regular Pickups", "The customer made a request through the website to be added to a regular delivery route.", []),
    E("Order Created", "Triggered when an order was created for the customer, either in the POS or delivery app. A customer may have multiple orders created in a day.", smrt_order_fields),
    E("Order Ready", "Triggered when an order became ready, awaiting to be picked up by the customer or to be delivered.", smrt_order_fields),
    E("Order Returned", "Triggered when an order was returned to the customer: picked up at a store, or delivered by a driver.", smrt_order_fields),
    E("Order Line Item Returned", "One event for each line item returned to the customer, with the line item's department (for cross-promotions of services the customer has not used yet).",
      smrt_order_fields + [
        P("department", "string", "Department of the line item; business specific, usually Dry Cleaning, Laundry, Alteration, Wedding etc.",
          "Dry Cleaning", required=True, allowed=["Dry Cleaning", "Laundry", "Alteration", "Wedding"], open_list=True),
      ]),
    E("New Customer Signup", "Triggered when a customer was created in the POS or customer website.", [
        P("source", "string", "Where the customer signed up.", "POS", required=True, allowed=["POS", "Website"]),
    ]),
    E("Customer Visit", "Triggered when a customer completes a driver pickup/delivery, a store drop/pickup or a new customer signup; at most once a day. Switchboard derives it from Pickup Completed, Order Created, Order Returned and New Customer Signup when the source does not send it.", [
        P("trigger", "string", "The transaction that counted as the visit (set when Switchboard derived the event).", "Pickup Completed",
          allowed=["Pickup Completed", "Order Created", "Order Returned", "New Customer Signup"]),
    ]),
    E("Customer Lost", "Triggered when a customer is considered lost in SMRT, e.g. a bi-weekly customer without a visit for over a month.", []),
    E("Customer Birthday", "Triggered yearly on the customer's birthday (a custom birthday field must be set up).", []),
]
smrt_profile = [
    P("email", "string", "Customer email address.", "jane.doe@example.com"),
    P("name", "string", "Full account name: the business for corporate accounts, else first + last name of the primary contact.", "Jane Doe"),
    P("firstName", "string", "Account primary contact first name.", "Jane"),
    P("lastName", "string", "Account primary contact last name.", "Doe"),
    P("phone", "string", "Formatted, primary phone number.", "(415) 601 5610"),
    P("isMobile", "boolean", "Whether the primary phone number was detected as a cell phone.", True),
    P("agent", "string", "The primary sales source of a customer, such as the name of a store or route.", "Mission Street Store"),
    P("paymentTerm", "string", "How the customer pays.", "AutoPay", allowed=["POS", "Statement", "AutoPay"]),
    P("hasCreditCard", "boolean", "Whether the customer has a card on file.", True),
    P("createdAt", "datetime", "Date and time the customer signed up (ISO 8601).", "2023-04-02T15:04:05Z"),
    P("lastVisit", "datetime", "Date and time the customer last visited the business (successful driver stop, store visit).", "2023-11-20T09:30:00Z"),
    P("deliveryPreference", "string", "Delivery preference.", "Route Regular",
      allowed=["No Delivery Preference", "Route Approval Pending", "Route Regular", "Delivery Address Declined", "Will Call", "Deliver with Master"]),
    P("link", "string", "Customer specific URL leading directly to the customer's online account.", "https://bay.smrtsystems.com/c/abc123"),
    P("brand", "string", "For businesses operating multiple brands, the brand the customer is part of.", "Bay Cleaners"),
    P("address", "object", "Full address information.", children=smrt_address),
    P("receiveEmails", "boolean", "Whether the customer wants to receive email messages.", True),
    P("receiveTexts", "boolean", "Whether the customer wants to receive text messages.", False),
    P("group", "string", "Name of the group the customer belongs to, if any.", "Corporate"),
    P("accountDiscount", "object", "If the customer has a discount on the account: name, description and value.", children=smrt_discount("account")),
    P("customFields", "array", "Customer field names and values, e.g. Referral Source: Website.", children=[
        P("name", "string", "Field name.", "Referral Source"),
        P("value", "string", "Field value.", "Website"),
    ]),
    P("demographic", "integer", "Customer spending demographic, 1 (top spenders) to 5.", 2, allowed=["1", "2", "3", "4", "5"]),
]
smrt = {"kind": "smrt", "displayName": "SMRT POS", "seed": "000",
        "webhook": "Segment message shape (type, event, userId, messageId, timestamp, properties, traits/context.traits), as SMRT sends to Segment; POST /hooks/smrt takes one message or {\"batch\": [...]}.",
        "events": smrt_events, "profileFields": smrt_profile}

# ---------------------------------------------------------------- Ordergroove (seed 002)
og_product = lambda with_price=False: [
    P("id", "string", "Product id.", "P-1001"),
    P("name", "string", "Product name.", "Cold Brew Concentrate"),
    P("sku", "string", "Product SKU.", "CB-32OZ"),
    P("image_url", "string", "Product image URL.", "https://shop.example.com/img/cb.png"),
    P("detail_url", "string", "Product page URL.", "https://shop.example.com/p/cold-brew"),
] + ([P("price", "number", "Unit price.", 24.99)] if with_price else [])
og_subscriber_fields = [
    P("first_name", "string", "Customer first name.", "Jane"),
    P("last_name", "string", "Customer last name.", "Doe"),
    P("email", "string", "Customer email.", "jane.doe@example.com", required=True),
    P("phone_number", "string", "Customer phone number.", "+14155550123"),
    P("subscriptions_subset", "array", "The customer's subscriptions concerned.", children=[
        P("frequency_days", "integer", "Days between orders.", 30),
        P("frequency_description", "string", "Frequency in words.", "Every 30 days"),
        P("id", "string", "Subscription id.", "S-5001"),
        P("quantity", "integer", "Units per order.", 1),
        P("product", "object", "The subscribed product.", children=og_product()),
    ]),
]
og_subscription_fields = [
    P("frequency_days", "integer", "Days between orders.", 30),
    P("frequency_description", "string", "Frequency in words.", "Every 30 days"),
    P("id", "string", "Subscription id.", "S-5001", required=True),
    P("product", "object", "The subscribed product.", children=og_product()),
    P("product_id", "string", "Product id.", "P-1001"),
    P("product_name", "string", "Product name.", "Cold Brew Concentrate"),
    P("product_sku", "string", "Product SKU.", "CB-32OZ"),
    P("quantity", "integer", "Units per order.", 1),
]
def og_order_fields(reject=False):
    fields = [
        P("discount_total", "number", "Total discount of the order.", 2.5),
        P("shipping_total", "number", "Shipping cost.", 0),
        P("sub_total", "number", "Order subtotal.", 24.99),
        P("total", "number", "Order total.", 22.49),
    ]
    if reject:
        fields += [P("reject_reason", "string", "Why the order could not be placed.", "Credit card declined"),
                   P("reject_code", "string", "Machine-readable reject code.", "cc_declined")]
    fields += [
        P("items_subset", "array", "Items of the order (the seed prints one element's shape; an object is taken as a one-item list).", children=[
            P("product", "object", "The item's product.", children=og_product(with_price=True)),
            P("subscription", "object", "The subscription the item belongs to.", children=[
                P("frequency_days", "integer", "Days between orders.", 30),
                P("frequency_description", "string", "Frequency in words.", "Every 30 days"),
                P("id", "string", "Subscription id.", "S-5001"),
            ]),
            P("price", "number", "Unit price.", 0.01),
            P("quantity", "integer", "Units.", 1),
            P("total_price", "number", "price x quantity.", 0.01),
        ]),
        P("payment", "object", "Payment method on the order.", children=[
            P("cc_number_ending", "string", "Last four digits of the card.", "4242"),
            P("cc_exp_date", "string", "Card expiry date.", "12/2027"),
            P("cc_type_description", "string", "Card type.", "Visa"),
        ]),
        P("place_date", "datetime", "When the order is (to be) placed.", "2023-12-01T00:00:00Z"),
        P("shipping_address", "object", "Shipping address.", children=[
            P("address", "string", "Address line 1.", "742 Evergreen Terrace"),
            P("address2", "string", "Address line 2.", "Apt 2"),
            P("city", "string", "City.", "Springfield"),
            P("state_province_code", "string", "State or province code.", "OR"),
            P("zip_postal_code", "string", "ZIP or postal code.", "97403"),
            P("country_code", "string", "Country code.", "US"),
        ]),
    ]
    return fields
og_events = [
    E("ordergroove.subscriber.create", "Sent when a customer creates a subscription for the first time only. Sets Ordergroove Subscriber Status to active.", og_subscriber_fields, title="Subscriber Created"),
    E("ordergroove.subscriber.cancel", "Sent whenever a customer cancels all of their existing subscriptions. Sets Ordergroove Subscriber Status to inactive.", og_subscriber_fields, title="Subscriber Canceled"),
    E("ordergroove.subscriber.subscriptions_created", "Sent whenever a customer checks out with one or more subscriptions. Sets Ordergroove Subscriber Status to active.", og_subscriber_fields, title="Subscriptions Created"),
    E("ordergroove.subscription.create", "Sent whenever a customer creates a subscription. Sets Ordergroove Subscriber Status to active.", og_subscription_fields, title="Subscription Created"),
    E("ordergroove.subscription.cancel", "Sent whenever a customer cancels a subscription.", og_subscription_fields, title="Subscription Canceled"),
    E("ordergroove.subscription.change_frequency", "Sent whenever a subscription's frequency is adjusted (by customers or support agents).", og_subscription_fields, title="Subscription Frequency Changed"),
    E("ordergroove.subscription.change_payment", "Sent whenever a subscription's default payment method is adjusted.", og_subscription_fields, title="Subscription Payment Changed"),
    E("ordergroove.subscription.change_quantity", "Sent whenever a subscription's quantity is adjusted.", og_subscription_fields, title="Subscription Quantity Changed"),
    E("ordergroove.subscription.change_shipping_address", "Sent whenever a subscription's address is adjusted.", og_subscription_fields, title="Subscription Shipping Address Changed"),
    E("ordergroove.subscription.sku_swap", "Sent whenever a subscription's product is changed.", og_subscription_fields, title="Subscription SKU Swapped"),
    E("ordergroove.order.reminder", "Sent a predefined number of days (default five) before an order is placed.", og_order_fields(), title="Order Reminder"),
    E("ordergroove.order.credit_card_expiration_warning", "Sent when the card on file expires before the next order is placed.", og_order_fields(), title="Credit Card Expiration Warning"),
    E("ordergroove.order.cancel", "Sent when an order is canceled (by a support agent or customer).", og_order_fields(), title="Order Canceled"),
    E("ordergroove.order.success", "Sent when an order is placed successfully.", og_order_fields(), title="Order Success"),
    E("ordergroove.order.change_date", "Sent when an order's place date is changed.", og_order_fields(), title="Order Date Changed",
      seedName="ordergroove.order.success",
      nameNote="The seed document lists \"Order Date Changed\" under the Attentive event name ordergroove.order.success, copying the Order Success entry. Two events with one name could not be told apart by mappings or destinations, so Switchboard names it ordergroove.order.change_date, following Ordergroove's change_payment / change_shipping_address pattern. Sources that send ordergroove.order.success for a date change are indistinguishable from Order Success and are treated as such."),
    E("ordergroove.order.change_payment", "Sent when an order's payment method is changed.", og_order_fields(), title="Order Payment Changed"),
    E("ordergroove.order.change_shipping_address", "Sent when an order's shipping address is changed.", og_order_fields(), title="Order Address Changed"),
    E("ordergroove.order.reject", "Sent when an order fails to be placed, with a reject reason and code.", og_order_fields(reject=True), title="Order Rejected"),
    E("ordergroove.order.send_now", "Sent when an order's place date is changed to as soon as possible.", og_order_fields(), title="Order Sent Now"),
    E("ordergroove.order.skip_order", "Sent when an order has been skipped.", og_order_fields(), title="Order Skipped"),
    E("ordergroove.item.out_of_stock", "Sent when an item on an order is out of stock; the order is retried daily for at most 30 days (Ordergroove recommends messaging on day 1, 15 and 30).", [
        P("days_since_first_attempt", "integer", "Days since the first placement attempt.", 1, required=True),
        P("price", "number", "Unit price.", 24.99),
        P("quantity", "integer", "Units.", 1),
        P("total_price", "number", "price x quantity.", 24.99),
        P("product", "object", "The out-of-stock product.", children=og_product()),
    ], title="Item Out of Stock"),
]
og_profile = [
    P("Ordergroove Subscriber Status", "string", "active on subscriber created / subscriptions created / subscription created, inactive on subscriber canceled.", "active", allowed=["active", "inactive"]),
    P("first_name", "string", "Customer first name.", "Jane"),
    P("last_name", "string", "Customer last name.", "Doe"),
    P("email", "string", "Customer email.", "jane.doe@example.com"),
    P("phone_number", "string", "Customer phone number.", "+14155550123"),
]
ordergroove = {"kind": "ordergroove", "displayName": "Ordergroove", "seed": "002",
               "webhook": "POST /hooks/ordergroove with {\"id\", \"event\": \"ordergroove.…\", \"timestamp\", \"customer\": {\"id\", \"email\", \"phone_number\", \"first_name\", \"last_name\"}, \"data\": {event fields}} or {\"events\": [...]}.",
               "events": og_events, "profileFields": og_profile}

# ---------------------------------------------------------------- Smile (seed 004)
smile_tier = [P("id", "integer", "VIP tier id.", 3), P("name", "string", "VIP tier name.", "Gold")]
smile_reward_fulfillment = [
    P("id", "integer", "Reward fulfillment id.", 9001, required=True),
    P("name", "string", "Reward name.", "$10 off coupon"),
    P("code", "string", "Discount code issued.", "BDAY-7F3K"),
    P("image_url", "string", "Reward image.", "https://cdn.smile.io/reward.png"),
    P("action_text", "string", "Call to action.", "Use this code at checkout"),
    P("action_url", "string", "Where to use the reward.", "https://shop.example.com/cart"),
    P("usage_instructions", "string", "How to use the reward.", "Enter the code at checkout."),
    P("expires_at", "datetime", "When the reward expires.", "2024-01-31T23:59:59Z"),
    P("used_at", "datetime", "When the reward was used.", None),
    P("created_at", "datetime", "When the reward was issued.", "2023-12-01T10:00:00Z"),
]
smile_customer = [
    P("id", "integer", "Smile customer id.", 123456, required=True),
    P("first_name", "string", "First name.", "Jane"),
    P("last_name", "string", "Last name.", "Doe"),
    P("email", "string", "Email (Smile matches Klaviyo profiles by email).", "jane.doe@example.com", required=True),
    P("date_of_birth", "string", "Birthday (YYYY-MM-DD).", "1990-05-17"),
    P("points_balance", "integer", "Current points balance.", 450),
    P("referral_url", "string", "Unique referral URL.", "https://smile.io/r/jane123"),
    P("state", "string", "Program state.", "member", allowed=["member", "candidate", "disabled"]),
    P("vip_tier_id", "integer", "Current VIP tier id.", 3),
    P("created_at", "datetime", "When the customer joined.", "2023-01-05T12:00:00Z"),
    P("updated_at", "datetime", "Last change.", "2023-12-01T10:00:00Z"),
]
smile_referral = [
    P("id", "integer", "Referral id.", 777, required=True),
    P("advocate_customer_id", "integer", "Smile id of the advocate who shared the link.", 123456),
    P("advocate_email", "string", "Email of the advocate.", "jane.doe@example.com"),
    P("referred_customer_email", "string", "Email the friend entered in the referral form (Referral Started creates a profile for it).", "friend@example.com", required=True),
    P("referred_customer_id", "integer", "Smile id of the friend once a customer.", 123999),
    P("state", "string", "Referral state.", "pending", allowed=["pending", "completed"]),
    P("created_at", "datetime", "When the referral was claimed.", "2023-12-01T10:00:00Z"),
]
smile_events = [
    E("Birthday Reward Issued", "When a customer is issued their birthday reward. Payload: Reward Fulfillment Object.", [P("reward_fulfillment", "object", "Reward Fulfillment Object.", children=smile_reward_fulfillment, required=True)]),
    E("Points Earned on Order", "When a customer earns points for placing an order. Payload: Points Transaction Object.", [P("points_transaction", "object", "Points Transaction Object.", required=True, children=[
        P("id", "integer", "Transaction id.", 5551, required=True),
        P("customer_id", "integer", "Smile customer id.", 123456),
        P("points_change", "integer", "Points added (negative when removed).", 120, required=True),
        P("description", "string", "What the points were for.", "Placed an order"),
        P("order_id", "string", "Shop order the points were earned on.", "#1042"),
        P("created_at", "datetime", "When the points were earned.", "2023-12-01T10:00:00Z"),
    ])]),
    E("Points Redeemed", "When a customer redeems points for a reward. Payload: Points Purchase Object.", [P("points_purchase", "object", "Points Purchase Object.", required=True, children=[
        P("id", "integer", "Purchase id.", 8101, required=True),
        P("customer_id", "integer", "Smile customer id.", 123456),
        P("points_product_id", "integer", "The reward bought with points.", 42),
        P("points_spent", "integer", "Points spent.", 500, required=True),
        P("reward_fulfillment", "object", "The reward issued.", children=smile_reward_fulfillment),
        P("created_at", "datetime", "When the points were redeemed.", "2023-12-01T10:00:00Z"),
    ])]),
    E("Points Expiring", "When a customer's points are about to expire (warning and last-chance thresholds, default 30 and 3 days before expiry). Payload: Customer Object plus extra.points_balance_expires_at.", [
        P("customer", "object", "Customer Object.", required=True, children=smile_customer),
        P("extra", "object", "Extra data.", required=True, children=[P("points_balance_expires_at", "datetime", "When the balance expires.", "2024-01-15T00:00:00Z", required=True)]),
    ]),
    E("Referral Started", "When a Referred Friend claims the Referral Reward. Creates a profile for the email entered in the referral form. Payload: Referral Object.", [P("referral", "object", "Referral Object.", required=True, children=smile_referral)]),
    E("Referral Completed", "When the Advocate is issued their Reward. Payload: Referral Object.", [P("referral", "object", "Referral Object.", required=True, children=smile_referral)]),
    E("Reward Expiring", "3 days before a customer's reward expires. Payload: Reward Fulfillment Object.", [P("reward_fulfillment", "object", "Reward Fulfillment Object.", children=smile_reward_fulfillment, required=True)]),
    E("VIP Tier Achieved", "When a customer achieves a higher VIP Tier or is manually added to one. Payload: VIP Tier Change Object.", [P("vip_tier_change", "object", "VIP Tier Change Object.", required=True, children=[
        P("id", "integer", "Change id.", 3141, required=True),
        P("customer_id", "integer", "Smile customer id.", 123456),
        P("previous_vip_tier", "object", "Tier before the change.", children=[P("id", "integer", "VIP tier id.", 2), P("name", "string", "VIP tier name.", "Silver")]),
        P("vip_tier", "object", "Tier achieved.", required=True, children=smile_tier),
        P("created_at", "datetime", "When the tier changed.", "2023-12-01T10:00:00Z"),
    ])]),
]
smile_profile = [
    P("Smile Points Balance", "number", "The customer's current points balance.", 450),
    P("Smile Referral URL", "string", "The customer's unique referral URL.", "https://smile.io/r/jane123"),
    P("Smile VIP Tier Name", "string", "The name of the customer's current VIP tier.", "Gold"),
    P("Smile VIP Tier ID", "number", "The ID of the customer's current VIP tier.", 3),
    P("Smile State", "string", "The customer's state.", "member", allowed=["member", "candidate", "disabled"]),
]
smile = {"kind": "smile", "displayName": "Smile", "seed": "004",
         "notes": "The seed names the payload objects only; their fields follow Smile's public API objects. Customers are matched by email; a customer without email is not synced to email-matched destinations.",
         "webhook": "POST /hooks/smile with {\"id\", \"topic\": event name, \"created_at\", \"customer\": Customer Object, \"payload\": {event object}} or {\"events\": [...]}. Customer fields update the five Smile profile properties.",
         "events": smile_events, "profileFields": smile_profile}

# ---------------------------------------------------------------- Segmentify (seed 003)
sf_common = [
    P("name", "string", "Name of the event (Event Types).", "PAGE_VIEW", required=True),
    P("userId", "string", "Unique id of the user; same key for every event of the same user.", "USER_1234567890", required=True),
    P("sessionId", "string", "Unique id of the user session.", "SESSION_1234567890", required=True),
    P("device", "string", "Device type of the current visitor.", "PC", required=True, allowed=["PC", "TABLET", "MOBILE", "ANDROID", "IOS"]),
    P("userAgent", "string", "User agent of the visitor's browser.", "Mozilla/5.0 (iPhone; CPU iPhone OS 9_1 like Mac OS X)"),
    P("lang", "string", "Visitor's language (default languages; contact Segmentify for others).", "FR", allowed=["TR", "EN", "FR", "DE"], open_list=True),
    P("currency", "string", "Currency of product price, short format.", "EUR"),
    P("browser", "string", "Type of the visitor's browser.", "Chrome",
      allowed=["Chrome", "Firefox", "Internet Explorer", "Microsoft Edge", "Safari", "Android", "Opera", "Maxthon", "iPhone", "iPad"]),
    P("os", "string", "Operating system of the visitor.", "MacOS", allowed=["Windows", "Linux", "MacOS", "Android", "iOS", "Other"]),
    P("osversion", "string", "Operating system version.", "10.13.2"),
    P("pageUrl", "string", "URL of the page where the event was generated.", "https://www.exampleshop.com/example-product-1/"),
    P("referrer", "string", "Referral URL of the current page.", "https://www.google.com/"),
    P("params", "object", "Custom parameters of the event, in map format.", {"FIELD_1": "VALUE_1"}),
    P("testMode", "boolean", "Test mode flag ('true' or 'false').", "false", allowed=["true", "false"]),
    P("nextPage", "boolean", "Next page flag: keep the event for the next page load ('true' or 'false').", "false", allowed=["true", "false"]),
]
for p in sf_common:
    p["common"] = True
def sf(name, desc, props, title):
    return E(name, desc, [dict(p) for p in sf_common] + props, title=title)
sf_basket_product = [
    P("productId", "string", "Unique id of the product.", "EXAMPLE_PRODUCT_1", required=True),
    P("price", "number", "Price in the basket (catalogue price if not given).", 349.99),
    P("currency", "string", "Currency, short format.", "EUR"),
    P("quantity", "number", "Number of items (1 if not given).", 2),
]
sf_user = lambda step, full: [
    P("step", "string", "User operation.", step, required=True, allowed=["signup", "signin", "signout", "update"]),
    P("username", "string", "Unique identifier for the customer.", "johndoe", required=True),
] + ([
    P("fullName", "string", "Full name of the customer.", "John Doe"),
    P("email", "string", "Email address (mandatory for the email module).", "john.doe@exampleshop.com"),
    P("phone", "string", "Mobile phone number.", "+1 555 555 5555"),
    P("gender", "string", "Gender of the customer.", "M", allowed=["M", "F"]),
    P("age", "number", "Age; either age or birthdate.", 27),
    P("birthdate", "string", "Birthdate, DD.MM.YYYY; either age or birthdate.", "23.01.1980"),
    P("memberSince", "string", "Membership date, DD.MM.YYYY.", "20.01.2014"),
    P("location", "string", "Location of the customer.", "New York"),
    P("segments", "array", "Segments of the customer.", ["SEGMENT 1", "SEGMENT 2"]),
    P("isRegistered", "boolean", "Advanced: change the register status without a register event.", "true", allowed=["true", "false"]),
    P("isLogin", "boolean", "Advanced: change the login status without a login/logout event.", "true", allowed=["true", "false"]),
    P("custom", "object", "Custom customer fields.", {"field1": "value1"}),
] if full else [])
sf_events = [
    sf("PAGE_VIEW", "Sent when a visitor views a page.", [
        P("category", "string", "Category of the page (predefined values).", "Product Page", required=True,
          allowed=["Home Page", "Product Page", "Category Page", "Basket Page", "Checkout Page", "Search Page", "404 Page"]),
        P("subCategory", "string", "Sub-category of the page, e.g. 'Men>Shoes>Sports' for a category listing.", "Men>Shoes>Sports"),
    ], "Page"),
    sf("PRODUCT_VIEW", "Sent when a visitor views a product.", [
        P("productId", "string", "Unique id of the product.", "EXAMPLE_PRODUCT_1", required=True),
        P("title", "string", "Name/title of the product.", "EXAMPLE PRODUCT", required=True),
        P("inStock", "boolean", "Stock status ('true' if not given).", "true", allowed=["true", "false"]),
        P("url", "string", "Canonical URL of the product.", "https://www.exampleshop.com/example-product-1/", required=True),
        P("mUrl", "string", "Mobile URL of the product.", "https://m.exampleshop.com/example-product-1/"),
        P("image", "string", "Main image URL.", "https://cdn.exampleshop.com/example-product-1.png", required=True),
        P("imageXS", "string", "Very small image URL.", "https://cdn.exampleshop.com/example-product-1-xs.png"),
        P("imageS", "string", "Small image URL.", "https://cdn.exampleshop.com/example-product-1-small.png"),
        P("imageM", "string", "Medium image URL.", "https://cdn.exampleshop.com/example-product-1-medium.png"),
        P("imageL", "string", "Large image URL.", "https://cdn.exampleshop.com/example-product-1-large.png"),
        P("imageXL", "string", "Very large image URL.", "https://cdn.exampleshop.com/example-product-1-xl.png"),
        P("category", "string", "Hierarchical category of the product.", "Men > Sports > Shoes", required=True),
        P("brand", "string", "Brand of the product.", "EXAMPLE BRAND"),
        P("price", "number", "Price of the product, numeric.", 349.99, required=True),
        P("oldPrice", "number", "Price before sales.", 449.99),
        P("gender", "string", "Gender of the product.", "M", allowed=["M", "F", "U"]),
        P("colors", "array", "Color options.", ["black", "red", "blue"]),
        P("sizes", "array", "Size options.", ["small", "medium", "large"]),
        P("labels", "array", "Custom labels for filtering recommendations.", ["top-seller", "new-comer"]),
    ], "Product"),
    sf("BASKET_OPERATIONS", "Sent when a visitor adds a product to or removes one from the basket.", [
        P("step", "string", "Basket operation type.", "add", required=True, allowed=["add", "remove"]),
        P("productId", "string", "Unique id of the product (as sent with product view).", "EXAMPLE_PRODUCT_1", required=True),
        P("price", "number", "Price in the basket.", 349.99),
        P("quantity", "number", "Items added/removed (1 if not given; decimals allowed).", 2),
    ], "Basket"),
    sf("CHECKOUT", "Sent at each checkout step: view basket, customer information, payment information, purchase.", [
        P("step", "string", "Checkout step.", "purchase", required=True, allowed=["basket", "customer", "payment", "purchase"]),
        P("totalPrice", "number", "Total amount including taxes, shipping and discounts.", 999.99, required=True),
        P("orderNo", "string", "Your unique order id (purchase step only).", "ord_XXXXXX"),
        P("cartUrl", "string", "Permalink to the basket (basket, customer and payment steps).", "https://www.exampleshop.com/cart/cart-1234567890/"),
        P("productList", "array", "Products in the basket.", required=True, children=sf_basket_product),
    ], "Checkout"),
    sf("USER_OPERATIONS", "Sent on sign-up, sign-in, sign-out, or to update a registered user's information.", sf_user("signup", True), "User"),
    sf("CUSTOM_EVENT", "Any visitor action without a predefined Segmentify event.", [
        P("type", "string", "Type of the event; same type for same events.", "my_custom_event", required=True),
    ], "Custom"),
    sf("INTERACTION", "Interaction like click, widget view, submit (parameters not yet documented by the seed: 'available in next releases').", [], "Interaction"),
    sf("USER_FORM", "Form or survey submission (parameters not yet documented by the seed).", [], "Form"),
    sf("BANNER_VIEW", "Banner views (parameters not yet documented by the seed).", [], "Banner"),
    sf("BANNER_OPERATIONS", "Banner clicks (parameters not yet documented by the seed).", [], "Banner"),
]
sf_profile = [p for p in sf_user("update", True) if p["name"] not in ("step",)]
segmentify = {"kind": "segmentify", "displayName": "Web shop (Segmentify format)", "seed": "003",
              "webhook": "POST /add/events/v1.json?apiKey=<write key> with a JSON array of events; Origin must match the source's domain. GET /get/key?count=N hands out ids.",
              "errorCodes": ["NO_API_KEY", "NO_ACCOUNT", "UNVERIFIED_ACCOUNT", "FAILED_ACCOUNT", "NO_DOMAIN_APIKEY_MATCH", "NO_EVENT", "NO_USERID", "NO_SESSIONID", "BAD_INPUT"],
              "commonProperties": [p["name"] for p in sf_common],
              "events": sf_events, "profileFields": sf_profile}

# ---------------------------------------------------------------- SHOPLINE (seed 001)
shopline_profile = [
    # basic attributes
    P("first_name", "string", "Basic attribute: first name.", "Jane"),
    P("last_name", "string", "Basic attribute: last name.", "Doe"),
    P("email", "string", "Basic attribute: email.", "jane.doe@example.com"),
    P("phone", "string", "Basic attribute: phone.", "+14155550123"),
    P("gender", "string", "Basic attribute: gender.", "female", allowed=["male", "female", "other", "unknown"]),
    P("birthday", "string", "Basic attribute: birthday (YYYY-MM-DD).", "1990-05-17"),
    P("country", "string", "Basic attribute: country.", "US"),
    P("tags", "array", "Basic attribute: customer tags.", ["vip"]),
    # email channel behaviour
    P("subscription_status", "string", "Email channel: subscription status (campaigns to all customers exclude unsubscribed, non-subscribed and blacklisted).", "subscribed",
      allowed=["subscribed", "unsubscribed", "not_subscribed", "blacklisted"]),
    P("email_opens", "integer", "Email channel: number of emails opened.", 12),
    P("email_clicks", "integer", "Email channel: number of email clicks.", 4),
    P("last_email_opened_at", "datetime", "Email channel: last email opening.", "2023-11-30T08:00:00Z"),
    P("last_email_clicked_at", "datetime", "Email channel: last email click.", "2023-11-29T08:00:00Z"),
    # consumption behaviour
    P("orders_count", "integer", "Consumption: number of orders.", 5),
    P("total_spent", "number", "Consumption: total amount spent.", 312.4),
    P("purchased_products", "array", "Consumption: products purchased.", ["CB-32OZ"]),
    P("last_order_at", "datetime", "Consumption: last order.", "2023-11-20T12:00:00Z"),
    P("segments", "array", "Customer segment groups of the store Admin the customer belongs to.", ["Repeat buyers"]),
]
seg_fields = [
    P("segment_id", "string", "Segment group id in the store Admin.", "seg_42", required=True),
    P("segment_name", "string", "Segment group name.", "Repeat buyers", required=True),
]
shopline_events = [
    E("shopline.segment.created", "A customer segment group was created in the store Admin (synchronized in real time).", seg_fields + [
        P("members", "array", "Emails of the segment's customers.", ["jane.doe@example.com"])], title="Segment Created"),
    E("shopline.segment.updated", "A segment group was updated; also sent by the daily 00:00 refresh of groups not updated that day.", seg_fields + [
        P("members", "array", "Emails of the segment's customers.", ["jane.doe@example.com"])], title="Segment Updated"),
    E("shopline.segment.deleted", "A segment group was deleted; campaigns already sent are not affected.", seg_fields, title="Segment Deleted"),
    E("Customer Updated", "Customer attributes changed (identify).", [], type_="identify", title="Customer Updated"),
]
shopline = {"kind": "shopline", "displayName": "SHOPLINE", "seed": "001",
            "notes": "The seed names the attribute groups SmartPush filters on (basic attributes, email channel, consumption behaviour) without a field list; the fields here are those groups' attributes. 'All customers' is not a segment.",
            "events": shopline_events, "profileFields": shopline_profile}

here = os.path.dirname(os.path.abspath(__file__))
for src in (smrt, ordergroove, smile, segmentify, shopline):
    with open(os.path.join(here, src["kind"] + ".json"), "w") as f:
        json.dump(src, f, indent=1, ensure_ascii=False)
        f.write("\n")
    print(src["kind"], len(src["events"]), "events", len(src["profileFields"]), "profile fields")
