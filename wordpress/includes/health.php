<?php
/**
 * Tools → Site Health: a broken setup shows up here before visitors meet it. The widget's
 * files are fetched as a visitor's browser fetches them (no cookies, from the address the
 * site's pages use), and checked as the loader checks them: each one answers, the .wasm
 * arrives as application/wasm, every file matches the hash fixed at build time. Then: contact
 * requests received on a site without https, and a retention purge that has stopped
 * running. Each finding says what is wrong and the fix in one sentence.
 *
 * Direct tests (run when the page loads): the fetches are the site's own three small files,
 * made once per page and shared by the tests.
 *
 * @package SmpWidget
 */

namespace SmpWidget;

defined( 'ABSPATH' ) || exit;

/** The files the loader needs, in the order it fetches them. */
const HEALTH_FILES = array( 'loader.js', 'smp-widget.js', 'smp-widget_bg.wasm' );
/** Seconds one file may take: a visitor would not wait longer either. */
const HEALTH_TIMEOUT = 10;
/** More than any release's files; a larger answer is not ours. */
const HEALTH_MAX_BYTES = 16 * MB_IN_BYTES;
/** The purge runs daily: two days without a run means it has stopped. */
const HEALTH_PURGE_OVERDUE = 2 * DAY_IN_SECONDS;

add_filter( 'site_status_tests', __NAMESPACE__ . '\\health_tests' );

/**
 * Adds the plugin's tests to Site Health.
 *
 * @param array<string, array<string, mixed>> $tests WordPress's tests, by kind.
 * @return array<string, array<string, mixed>>
 */
function health_tests( $tests ): array {
	$tests = is_array( $tests ) ? $tests : array();
	$ours  = array(
		'smp_widget_files'     => array( __( 'SMP widget: files reach visitors', 'smp-widget' ), 'health_test_files' ),
		'smp_widget_wasm_type' => array( __( 'SMP widget: WebAssembly type', 'smp-widget' ), 'health_test_wasm_type' ),
		'smp_widget_integrity' => array( __( 'SMP widget: integrity of its files', 'smp-widget' ), 'health_test_integrity' ),
		'smp_widget_https'     => array( __( 'SMP widget: contact requests over https', 'smp-widget' ), 'health_test_https' ),
		'smp_widget_purge'     => array( __( 'SMP widget: old contact requests deleted', 'smp-widget' ), 'health_test_purge' ),
	);
	foreach ( $ours as $id => list( $label, $callback ) ) {
		$tests['direct'][ $id ] = array(
			'label' => $label,
			'test'  => __NAMESPACE__ . '\\' . $callback,
		);
	}
	return $tests;
}

/**
 * One Site Health result.
 *
 * @param string $test        The test's id.
 * @param string $status      good, recommended or critical.
 * @param string $label       What holds, or what is wrong (plain text).
 * @param string $description HTML, escaped by the caller.
 * @param string $actions     HTML, escaped by the caller.
 * @return array<string, mixed>
 */
function health_result( string $test, string $status, string $label, string $description, string $actions = '' ): array {
	return array(
		'label'       => $label,
		'status'      => $status,
		'badge'       => array(
			'label' => __( 'SMP widget', 'smp-widget' ),
			'color' => 'blue',
		),
		'description' => $description,
		'actions'     => $actions,
		'test'        => $test,
	);
}

/** A paragraph of plain text, escaped. */
function health_paragraph( string $text ): string {
	return '<p>' . esc_html( $text ) . '</p>';
}

/** The fix, in its own paragraph. */
function health_fix( string $text ): string {
	/* translators: %s: one sentence saying how to fix a problem. */
	return health_paragraph( sprintf( __( 'Fix: %s', 'smp-widget' ), $text ) );
}

/**
 * The widget's files as a visitor's browser gets them: no cookies, from the address the
 * site's pages load the loader from (this plugin's folder or jsDelivr), the others beside it.
 * Fetched once per PHP request, whatever number of tests read them.
 *
 * @return array<string, array{url: string, error: string, type: string, bytes: string}> By file name; `error` empty when it answered 200.
 */
function health_fetched_files(): array {
	static $files = null;
	if ( null !== $files ) {
		return $files;
	}
	$files  = array();
	$loader = loader_url();
	$folder = substr( $loader, 0, (int) strrpos( $loader, '/' ) + 1 );
	foreach ( HEALTH_FILES as $name ) {
		$url      = 'loader.js' === $name ? $loader : $folder . $name;
		$response = wp_remote_get(
			$url,
			array(
				'timeout'             => HEALTH_TIMEOUT,
				'redirection'         => 3,
				'limit_response_size' => HEALTH_MAX_BYTES,
			)
		);
		$error    = '';
		if ( is_wp_error( $response ) ) {
			$error = $response->get_error_message();
		} elseif ( 200 !== (int) wp_remote_retrieve_response_code( $response ) ) {
			/* translators: 1: an HTTP status code such as 404, 2: its reason such as Not Found. */
			$error = trim( sprintf( __( 'HTTP %1$d %2$s', 'smp-widget' ), (int) wp_remote_retrieve_response_code( $response ), wp_remote_retrieve_response_message( $response ) ) );
		}
		$files[ $name ] = array(
			'url'   => $url,
			'error' => $error,
			'type'  => '' === $error ? (string) wp_remote_retrieve_header( $response, 'content-type' ) : '',
			'bytes' => '' === $error ? (string) wp_remote_retrieve_body( $response ) : '',
		);
	}
	return $files;
}

/** The files that could not be fetched, by name: the error for each. */
function health_unfetched( array $names ): array {
	$failed = array();
	foreach ( $names as $name ) {
		$file = health_fetched_files()[ $name ];
		if ( '' !== $file['error'] ) {
			$failed[ $name ] = $file['error'];
		}
	}
	return $failed;
}

/** What the tests that need a file say while it cannot be fetched. */
function health_not_checked( string $test, string $label ): array {
	return health_result(
		$test,
		'recommended',
		$label,
		health_paragraph( __( 'The files this needs could not be fetched: see "The SMP widget\'s files cannot be fetched" and fix that first.', 'smp-widget' ) )
	);
}

/** Each file answers 200 to a visitor. */
function health_test_files(): array {
	$test   = 'smp_widget_files';
	$failed = health_unfetched( HEALTH_FILES );
	if ( ! $failed ) {
		return health_result(
			$test,
			'good',
			__( 'The SMP widget\'s files reach visitors', 'smp-widget' ),
			health_paragraph( __( 'The loader, its glue and its WebAssembly answered as they do for a visitor.', 'smp-widget' ) )
		);
	}
	$items = '';
	foreach ( $failed as $name => $error ) {
		$items .= sprintf(
			'<li><code>%1$s</code>: %2$s</li>',
			esc_html( health_fetched_files()[ $name ]['url'] ),
			esc_html( $error )
		);
	}
	return health_result(
		$test,
		'critical',
		__( 'The SMP widget\'s files cannot be fetched', 'smp-widget' ),
		health_paragraph( __( 'Visitors see only the fallback link instead of the widget: these files did not answer as they would for a visitor.', 'smp-widget' ) )
			. '<ul>' . $items . '</ul>'
			. health_fix( __( 'Reinstall the plugin from its release zip, and make sure no security rule or plugin blocks its widget/ folder from visitors.', 'smp-widget' ) )
	);
}

/** The .wasm arrives as application/wasm: the loader refuses it otherwise. */
function health_test_wasm_type(): array {
	$test = 'smp_widget_wasm_type';
	$name = 'smp-widget_bg.wasm';
	if ( health_unfetched( array( $name ) ) ) {
		return health_not_checked( $test, __( 'The SMP widget\'s WebAssembly type could not be checked', 'smp-widget' ) );
	}
	$type = strtolower( trim( explode( ';', health_fetched_files()[ $name ]['type'] )[0] ) );
	if ( 'application/wasm' === $type ) {
		return health_result(
			$test,
			'good',
			__( 'The SMP widget\'s WebAssembly is served as application/wasm', 'smp-widget' ),
			health_paragraph( __( 'Browsers compile it only with this type, and they get it.', 'smp-widget' ) )
		);
	}
	$served = '' === $type ? __( 'no type at all', 'smp-widget' ) : $type;
	return health_result(
		$test,
		'critical',
		__( 'The SMP widget\'s WebAssembly is not served as application/wasm', 'smp-widget' ),
		health_paragraph(
			sprintf(
				/* translators: 1: a file name, 2: the Content-Type the server sent, e.g. application/octet-stream. */
				__( 'The server sends %1$s with %2$s, so the widget does not start and visitors see only the fallback link.', 'smp-widget' ),
				$name,
				$served
			)
		)
			. health_fix( __( 'Keep the plugin\'s widget/.htaccess and let Apache read it (AllowOverride FileInfo), or add the type to the server\'s configuration (Apache: AddType application/wasm .wasm; nginx: types { application/wasm wasm; }).', 'smp-widget' ) )
	);
}

/** Every file's bytes match the sha384 the release recorded (integrity.json): browsers check it. */
function health_test_integrity(): array {
	$test     = 'smp_widget_integrity';
	$recorded = read_json( DIR . 'widget/' . VERSION . '/integrity.json' );
	$failed   = array();
	foreach ( HEALTH_FILES as $name ) {
		$file = health_fetched_files()[ $name ];
		if ( '' !== $file['error'] ) {
			continue;
		}
		$hash = $recorded[ $name ] ?? '';
		if ( ! is_string( $hash ) || ! hash_equals( $hash, 'sha384-' . base64_encode( hash( 'sha384', $file['bytes'], true ) ) ) ) { // phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- a Subresource Integrity hash.
			$failed[] = $name;
		}
	}
	if ( $failed ) {
		return health_result(
			$test,
			'critical',
			__( 'The SMP widget\'s files fail their integrity check', 'smp-widget' ),
			health_paragraph(
				sprintf(
					/* translators: %s: file names, comma-separated. */
					__( 'Browsers refuse a file whose bytes differ from the hash fixed when it was built, so the widget does not start for visitors; these differ: %s.', 'smp-widget' ),
					implode( ', ', $failed )
				)
			)
				. health_fix( __( 'Reinstall the plugin from its release zip, and exclude its widget/ folder from any plugin or CDN setting that minifies or rewrites JavaScript.', 'smp-widget' ) )
		);
	}
	if ( health_unfetched( HEALTH_FILES ) ) {
		return health_not_checked( $test, __( 'The integrity of the SMP widget\'s files could not be checked', 'smp-widget' ) );
	}
	return health_result(
		$test,
		'good',
		__( 'The SMP widget\'s files match their integrity hashes', 'smp-widget' ),
		health_paragraph( __( 'Visitors get the bytes that were built and released.', 'smp-widget' ) )
	);
}

/**
 * Contact requests received here need https: the widget sends a request only to an https
 * address. On a local address (localhost, 127.0.0.1) it also accepts http, so the form works
 * there and the finding is a recommendation (the truth, for the day the site goes live);
 * anywhere else visitors get no contact form, which is critical.
 */
function health_test_https(): array {
	$test = 'smp_widget_https';
	if ( 'wordpress' !== settings()['leads'] ) {
		return health_result(
			$test,
			'good',
			__( 'Contact requests are not received on this site', 'smp-widget' ),
			health_paragraph( __( 'Settings → SMP widget sends them to another address or offers no contact form, so this site needs no https for them.', 'smp-widget' ) )
		);
	}
	$url = rest_url( REST_NAMESPACE . REST_ROUTE );
	if ( 'https' === wp_parse_url( $url, PHP_URL_SCHEME ) ) {
		return health_result(
			$test,
			'good',
			__( 'Contact requests are received over https', 'smp-widget' ),
			health_paragraph( __( 'What visitors send travels encrypted to this site.', 'smp-widget' ) )
		);
	}
	$local = lead_url_usable( $url );
	$why   = $local
		/* translators: %s: the site's address for contact requests. */
		? __( 'Contact requests are received at %s, without https: the widget offers the form on this local address only, so on a public http address visitors would get no contact form.', 'smp-widget' )
		/* translators: %s: the site's address for contact requests. */
		: __( 'Contact requests are received at %s, without https: the widget sends a request only over https, so visitors get no contact form.', 'smp-widget' );
	$settings_link = sprintf(
		'<p><a href="%1$s">%2$s</a></p>',
		esc_url( admin_url( 'options-general.php?page=' . SETTINGS_PAGE ) ),
		esc_html__( 'Settings → SMP widget', 'smp-widget' )
	);
	return health_result(
		$test,
		$local ? 'recommended' : 'critical',
		__( 'The site receives contact requests without https', 'smp-widget' ),
		health_paragraph( sprintf( $why, $url ) )
			. health_fix( __( 'Serve the site over https (most hosts offer a free certificate) and change both addresses under Settings → General to https://, or under Settings → SMP widget send contact requests to another https address.', 'smp-widget' ) ),
		$settings_link
	);
}

/**
 * The daily purge keeps the promise to delete requests after the retention period: overdue
 * when its last run (or, before the first, the activation) is more than two days ago.
 * Without either time there is nothing to measure from, and nothing is claimed.
 */
function health_test_purge(): array {
	$test     = 'smp_widget_purge';
	$last_run = (int) get_option( PURGE_LAST_RUN, 0 );
	$since    = $last_run > 0 ? $last_run : (int) get_option( ACTIVATED_AT, 0 );
	$days     = (int) settings()['retention_days'];
	if ( $since <= 0 || time() - $since <= HEALTH_PURGE_OVERDUE ) {
		return health_result(
			$test,
			'good',
			__( 'Old contact requests are deleted on time', 'smp-widget' ),
			health_paragraph(
				sprintf(
					/* translators: %d: a number of days. */
					_n( 'The daily run deletes contact requests older than %d day, as the privacy text promises.', 'The daily run deletes contact requests older than %d days, as the privacy text promises.', $days, 'smp-widget' ),
					$days
				)
			)
		);
	}
	$when = wp_date( get_option( 'date_format' ) . ' ' . get_option( 'time_format' ), $since );
	$what = $last_run > 0
		? sprintf(
			/* translators: 1: a date and time, 2: a duration such as "3 days". */
			__( 'The daily deletion of old contact requests last ran on %1$s (%2$s ago), so requests are kept longer than the privacy text promises.', 'smp-widget' ),
			$when,
			human_time_diff( $since )
		)
		: sprintf(
			/* translators: 1: a date and time, 2: a duration such as "3 days". */
			__( 'The daily deletion of old contact requests has not run since the plugin was activated on %1$s (%2$s ago), so requests are kept longer than the privacy text promises.', 'smp-widget' ),
			$when,
			human_time_diff( $since )
		);
	$fix = defined( 'DISABLE_WP_CRON' ) && DISABLE_WP_CRON
		/* translators: %s: the address of wp-cron.php. */
		? __( 'WP-Cron is turned off on this site (DISABLE_WP_CRON), so have the server\'s cron request %s every 15 minutes.', 'smp-widget' )
		/* translators: %s: the address of wp-cron.php. */
		: __( 'WP-Cron runs only when someone visits, and a host or plugin may block it: have the server\'s cron request %s every 15 minutes.', 'smp-widget' );
	return health_result(
		$test,
		'critical',
		__( 'Old contact requests are not being deleted', 'smp-widget' ),
		health_paragraph( $what ) . health_fix( sprintf( $fix, site_url( 'wp-cron.php' ) ) )
	);
}
