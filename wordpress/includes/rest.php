<?php
/**
 * POST /wp-json/smp-widget/v1/requests: where the widget's `lead-url` points by default.
 *
 * The widget posts without cookies (so there is no login and no nonce): a visitor's
 * browser on this site's own pages is the only sender the route accepts. In order:
 * at most 8 KB, `application/json`, an `Origin` of this site, at most a few requests per
 * client in ten minutes (429 with Retry-After); then the body must be exactly the widget's
 * request (EMBEDDING.md, "Contact requests"), and is stored and emailed (requests.php).
 * Nothing about a visitor is stored unless they sent a request.
 *
 * @package SmpWidget
 */

namespace SmpWidget;

defined( 'ABSPATH' ) || exit;

const REST_NAMESPACE = 'smp-widget/v1';
const REST_ROUTE = '/requests';
const MAX_BODY_BYTES = 8192;
/** Requests one client may send per window, and the window in seconds. */
const RATE_LIMIT = 5;
const RATE_WINDOW = 600;

add_action( 'rest_api_init', __NAMESPACE__ . '\\register_route' );
// Before WordPress parses the body: an oversized, mistyped or cross-site request is refused
// first; every other attempt, valid or not, counts towards the client's limit.
add_filter( 'rest_pre_dispatch', __NAMESPACE__ . '\\gatekeeper', 10, 3 );

function register_route(): void {
	register_rest_route(
		REST_NAMESPACE,
		REST_ROUTE,
		array(
			'methods'             => 'POST',
			'callback'            => __NAMESPACE__ . '\\receive_request',
			// Public on purpose: visitors send without cookies. gatekeeper() guards it.
			'permission_callback' => '__return_true',
		)
	);
}

/** The widget's request (EMBEDDING.md): these fields and no others. */
function request_schema(): array {
	return array(
		'type'                 => 'object',
		'additionalProperties' => false,
		'required'             => array( 'name', 'contact', 'lang', 'source' ),
		'properties'           => array(
			'name'    => array(
				'type'      => 'string',
				'minLength' => 1,
				'maxLength' => 80,
			),
			'contact' => array(
				'type'      => 'string',
				'minLength' => 1,
				'maxLength' => 120,
			),
			'lang'    => array(
				'type' => 'string',
				'enum' => array( 'en-US', 'es-US' ),
			),
			'source'  => array(
				'type' => 'string',
				'enum' => array( 'smp-widget' ),
			),
			'outcome' => array(
				'type' => 'string',
				'enum' => array( 'great-candidate', 'good-candidate-with-notes', 'wait-for-flare-up', 'talk-to-specialist' ),
			),
			'answers' => array(
				'type'     => 'array',
				'maxItems' => 12,
				'items'    => array(
					'type'      => 'string',
					'minLength' => 1,
					'maxLength' => 120,
				),
			),
		),
	);
}

/**
 * @param mixed            $result  A response another filter made, if any.
 * @param \WP_REST_Server  $server  The server.
 * @param \WP_REST_Request $request The request.
 * @return mixed The refusal, or $result to let the request through.
 */
function gatekeeper( $result, $server, $request ) {
	if ( null !== $result || ! $request instanceof \WP_REST_Request || 'POST' !== $request->get_method() ) {
		return $result;
	}
	if ( untrailingslashit( $request->get_route() ) !== '/' . REST_NAMESPACE . REST_ROUTE ) {
		return $result;
	}
	if ( strlen( $request->get_body() ) > MAX_BODY_BYTES ) {
		/* translators: %d: a size in bytes. */
		return refusal( 'smp_widget_too_large', sprintf( __( 'The request is larger than %d bytes.', 'smp-widget' ), MAX_BODY_BYTES ), 413 );
	}
	$type = strtolower( trim( explode( ';', (string) $request->get_header( 'content_type' ) )[0] ) );
	if ( 'application/json' !== $type ) {
		return refusal( 'smp_widget_not_json', __( 'The request must be sent as application/json.', 'smp-widget' ), 415 );
	}
	if ( ! same_site( (string) $request->get_header( 'origin' ) ) ) {
		return refusal( 'smp_widget_cross_site', __( 'Contact requests are accepted only from this site\'s own pages.', 'smp-widget' ), 403 );
	}
	$wait = rate_limit_wait();
	if ( $wait > 0 ) {
		$response = refusal( 'smp_widget_rate_limited', __( 'Too many requests from this client; try again later.', 'smp-widget' ), 429 );
		$response->header( 'Retry-After', (string) $wait );
		return $response;
	}
	return $result;
}

function refusal( string $code, string $message, int $status ): \WP_REST_Response {
	return new \WP_REST_Response(
		array(
			'code'    => $code,
			'message' => $message,
			'data'    => array( 'status' => $status ),
		),
		$status
	);
}

/**
 * Whether `Origin` is this site: the scheme, host and port of its home or WordPress
 * address, the host also with or without "www.".
 */
function same_site( string $origin ): bool {
	$parts = wp_parse_url( $origin );
	if ( ! $origin || 'null' === $origin || empty( $parts['scheme'] ) || empty( $parts['host'] ) || isset( $parts['path'] ) ) {
		return false;
	}
	$bare = static fn( string $host ): string => preg_replace( '/^www\./', '', strtolower( $host ) );
	foreach ( array( home_url(), site_url() ) as $url ) {
		$site = wp_parse_url( $url );
		if ( empty( $site['host'] ) ) {
			continue;
		}
		if ( strtolower( $parts['scheme'] ) === strtolower( $site['scheme'] ?? '' )
			&& $bare( $parts['host'] ) === $bare( $site['host'] )
			&& ( $parts['port'] ?? null ) === ( $site['port'] ?? null ) ) {
			return true;
		}
	}
	/**
	 * Filters whether another origin may send contact requests (e.g. a landing page on
	 * another domain of the clinic's).
	 *
	 * @param bool   $allowed False.
	 * @param string $origin  The request's Origin header.
	 */
	return (bool) apply_filters( 'smp_widget_request_origin_allowed', false, $origin );
}

/**
 * Counts this attempt against the client (its address, hashed with the site's salt, kept
 * only for the window); returns the seconds to wait when it is over the limit, else 0.
 */
function rate_limit_wait(): int {
	$address = isset( $_SERVER['REMOTE_ADDR'] ) ? sanitize_text_field( wp_unslash( $_SERVER['REMOTE_ADDR'] ) ) : '';
	/**
	 * Filters who the client is, for the rate limit: behind a reverse proxy or CDN every
	 * visitor has its address, so a site there returns the visitor's from the header its
	 * proxy sets (and only a header that proxy controls).
	 *
	 * @param string $address REMOTE_ADDR.
	 */
	$address = (string) apply_filters( 'smp_widget_request_client', $address );
	$key     = 'smp_widget_rl_' . substr( wp_hash( $address, 'nonce' ), 0, 20 );
	$now     = time();
	$state   = get_transient( $key );
	if ( ! is_array( $state ) || ! isset( $state['start'], $state['count'] ) || $now - (int) $state['start'] >= RATE_WINDOW ) {
		$state = array(
			'start' => $now,
			'count' => 0,
		);
	}
	++$state['count'];
	$left = RATE_WINDOW - ( $now - (int) $state['start'] );
	set_transient( $key, $state, max( 1, $left ) );
	return $state['count'] > RATE_LIMIT ? max( 1, $left ) : 0;
}

/** The route's callback: validates the body, stores it, emails the clinic. */
function receive_request( \WP_REST_Request $request ) {
	$body = $request->get_json_params();
	if ( ! is_array( $body ) || ( $body && array_is_list( $body ) ) ) {
		return new \WP_Error( 'smp_widget_invalid_request', __( 'The request must be a JSON object.', 'smp-widget' ), array( 'status' => 400 ) );
	}
	// WordPress's schema reads "a, b" as a list: the widget sends a JSON array, nothing else.
	if ( array_key_exists( 'answers', $body ) && ! ( is_array( $body['answers'] ) && array_is_list( $body['answers'] ) ) ) {
		return new \WP_Error( 'smp_widget_invalid_request', __( 'request[answers] must be a list of texts.', 'smp-widget' ), array( 'status' => 400 ) );
	}
	$valid = rest_validate_value_from_schema( $body, request_schema(), 'request' );
	if ( is_wp_error( $valid ) ) {
		return new \WP_Error( 'smp_widget_invalid_request', $valid->get_error_message(), array( 'status' => 400 ) );
	}
	$clean = array(
		'name'    => sanitize_text_field( $body['name'] ),
		'contact' => sanitize_text_field( $body['contact'] ),
		'lang'    => $body['lang'],
	);
	if ( '' === $clean['name'] ) {
		return new \WP_Error( 'smp_widget_invalid_request', __( 'request[name] must be a name.', 'smp-widget' ), array( 'status' => 400 ) );
	}
	if ( ! valid_contact( $clean['contact'] ) ) {
		return new \WP_Error( 'smp_widget_invalid_request', __( 'request[contact] must be a phone number (7 to 15 digits) or an email address.', 'smp-widget' ), array( 'status' => 400 ) );
	}
	if ( isset( $body['outcome'] ) ) {
		$clean['outcome'] = $body['outcome'];
	}
	if ( isset( $body['answers'] ) ) {
		$clean['answers'] = array_values( array_filter( array_map( 'sanitize_text_field', $body['answers'] ), 'strlen' ) );
	}
	$id = store_request( $clean );
	if ( ! $id ) {
		return new \WP_Error( 'smp_widget_not_stored', __( 'The request could not be stored.', 'smp-widget' ), array( 'status' => 500 ) );
	}
	return new \WP_REST_Response( array( 'received' => true ), 201 );
}

/** As the widget checks it: an email address, or a phone number of 7 to 15 digits. */
function valid_contact( string $contact ): bool {
	$digits = preg_match_all( '/[0-9]/', $contact );
	$at     = strpos( $contact, '@' );
	$email  = false !== $at && $at > 0 && str_contains( substr( $contact, $at + 1 ), '.' );
	return $email || ( $digits >= 7 && $digits <= 15 );
}
