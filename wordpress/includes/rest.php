<?php
/**
 * POST /wp-json/smp-widget/v1/requests: where the widget's `lead-url` points by default.
 *
 * The widget posts without cookies (so there is no login and no nonce): a visitor's
 * browser on this site's own pages is the only sender the route accepts. Every check is the
 * route's own permission callback, which WordPress runs for whatever spelling reached the
 * route (any case, a trailing slash, `?rest_route=`, `/index.php/wp-json/`): contact requests
 * received here (the settings), at most 8 KB, `application/json`, an `Origin` of this site,
 * at most a few requests per client in ten minutes (429 with Retry-After). Then the body must
 * be exactly the widget's request (EMBEDDING.md, "Contact requests"), and is stored and
 * mailed (requests.php, mail.php). When the database cannot take it: 503 with Retry-After,
 * and the widget keeps the visitor's form. Nothing about a visitor is stored unless they
 * sent a request.
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
/** Seconds a visitor is asked to wait when the database could not take a request. */
const RETRY_AFTER_FAULT = 60;

add_action( 'rest_api_init', __NAMESPACE__ . '\\register_route' );
add_filter( 'rest_post_dispatch', __NAMESPACE__ . '\\retry_after_header', 10, 3 );

function register_route(): void {
	register_rest_route(
		REST_NAMESPACE,
		REST_ROUTE,
		array(
			'methods'             => 'POST',
			'callback'            => __NAMESPACE__ . '\\receive_request',
			// Public on purpose (visitors send without cookies): guard() is every check.
			'permission_callback' => __NAMESPACE__ . '\\guard',
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
 * The route's checks, in order; WordPress calls this for the matched route whatever its
 * spelling, before receive_request(). Attempts that pass the Origin check count towards the
 * client's limit, valid or not.
 *
 * @return true|\WP_Error
 */
function guard( \WP_REST_Request $request ) {
	// WordPress asks again for the same request to write its Allow header
	// (rest_send_allow_header): one request counts once.
	static $decided = null;
	$decided ??= new \WeakMap();
	if ( ! isset( $decided[ $request ] ) ) {
		$decided[ $request ] = check_request( $request );
	}
	return $decided[ $request ];
}

/**
 * The checks themselves; guard() runs them once per request.
 *
 * @return true|\WP_Error
 */
function check_request( \WP_REST_Request $request ) {
	if ( 'wordpress' !== settings()['leads'] ) {
		return problem( 'smp_widget_requests_off', __( 'This site does not receive contact requests.', 'smp-widget' ), 403 );
	}
	if ( strlen( (string) $request->get_body() ) > MAX_BODY_BYTES ) {
		/* translators: %d: a size in bytes. */
		return problem( 'smp_widget_too_large', sprintf( __( 'The request is larger than %d bytes.', 'smp-widget' ), MAX_BODY_BYTES ), 413 );
	}
	$type = strtolower( trim( explode( ';', (string) $request->get_header( 'content_type' ) )[0] ) );
	if ( 'application/json' !== $type ) {
		return problem( 'smp_widget_not_json', __( 'The request must be sent as application/json.', 'smp-widget' ), 415 );
	}
	if ( ! same_site( (string) $request->get_header( 'origin' ) ) ) {
		return problem( 'smp_widget_cross_site', __( 'Contact requests are accepted only from this site\'s own pages.', 'smp-widget' ), 403 );
	}
	$hits = count_hit( 'client:' . client_network( client_address() ), RATE_WINDOW );
	if ( null === $hits ) {
		return unavailable();
	}
	if ( $hits[0] > RATE_LIMIT ) {
		return problem( 'smp_widget_rate_limited', __( 'Too many requests from this client; try again later.', 'smp-widget' ), 429, $hits[1] );
	}
	return true;
}

/** A refusal; `$retry_after` seconds become the Retry-After header (retry_after_header()). */
function problem( string $code, string $message, int $status, int $retry_after = 0 ): \WP_Error {
	$data = array( 'status' => $status );
	if ( $retry_after > 0 ) {
		$data['retry_after'] = $retry_after;
	}
	return new \WP_Error( $code, $message, $data );
}

/** The database could not take the request: the visitor's browser keeps it and may retry. */
function unavailable(): \WP_Error {
	return problem(
		'smp_widget_unavailable',
		__( 'The request could not be saved just now. Please try again in a minute.', 'smp-widget' ),
		503,
		RETRY_AFTER_FAULT
	);
}

/**
 * Retry-After on this route's 429 and 503 (a WP_Error carries no headers of its own).
 *
 * @param mixed            $response The response.
 * @param \WP_REST_Server  $server   The server.
 * @param \WP_REST_Request $request  The request.
 * @return mixed
 */
function retry_after_header( $response, $server, $request ) {
	if ( ! $response instanceof \WP_REST_Response || ! $request instanceof \WP_REST_Request ) {
		return $response;
	}
	$handler = $request->get_attributes();
	$data    = $response->get_data();
	if ( ( $handler['callback'] ?? null ) === __NAMESPACE__ . '\\receive_request' && is_array( $data ) && ! empty( $data['data']['retry_after'] ) ) {
		$response->header( 'Retry-After', (string) (int) $data['data']['retry_after'] );
	}
	return $response;
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
		return unavailable();
	}
	hand_on( $id, $clean );
	return new \WP_REST_Response( array( 'received' => true ), 201 );
}

/** As the widget checks it: an email address, or a phone number of 7 to 15 digits. */
function valid_contact( string $contact ): bool {
	$digits = preg_match_all( '/[0-9]/', $contact );
	$at     = strpos( $contact, '@' );
	$email  = false !== $at && $at > 0 && str_contains( substr( $contact, $at + 1 ), '.' );
	return $email || ( $digits >= 7 && $digits <= 15 );
}
