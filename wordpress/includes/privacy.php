<?php
/**
 * WordPress's personal-data tools know contact requests: Tools → Export Personal Data finds
 * the requests sent with an email address, and Tools → Erase Personal Data deletes them. The
 * suggested privacy-policy text says what the widget and the plugin keep.
 *
 * @package SmpWidget
 */

namespace SmpWidget;

defined( 'ABSPATH' ) || exit;

const PRIVACY_KEY = 'smp-widget';
const PRIVACY_PAGE_SIZE = 50;

add_filter( 'wp_privacy_personal_data_exporters', __NAMESPACE__ . '\\register_exporter' );
add_filter( 'wp_privacy_personal_data_erasers', __NAMESPACE__ . '\\register_eraser' );
add_action( 'admin_init', __NAMESPACE__ . '\\privacy_policy_text' );

/** @param array<string, array> $exporters */
function register_exporter( array $exporters ): array {
	$exporters[ PRIVACY_KEY ] = array(
		'exporter_friendly_name' => __( 'SMP widget contact requests', 'smp-widget' ),
		'callback'               => __NAMESPACE__ . '\\export_requests',
	);
	return $exporters;
}

/** @param array<string, array> $erasers */
function register_eraser( array $erasers ): array {
	$erasers[ PRIVACY_KEY ] = array(
		'eraser_friendly_name' => __( 'SMP widget contact requests', 'smp-widget' ),
		'callback'             => __NAMESPACE__ . '\\erase_requests',
	);
	return $erasers;
}

/**
 * The requests whose contact is this email address (compared without regard to case).
 *
 * @return \WP_Post[]
 */
function requests_by_email( string $email, int $page ): array {
	$email = sanitize_email( $email );
	if ( ! is_email( $email ) ) {
		return array();
	}
	$query = new \WP_Query(
		array(
			'post_type'      => REQUEST_TYPE,
			'post_status'    => 'private',
			'posts_per_page' => PRIVACY_PAGE_SIZE,
			'paged'          => max( 1, $page ),
			'orderby'        => 'ID',
			'order'          => 'ASC',
			'meta_query'     => array( // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- a rare admin request.
				array(
					'key'   => META['contact'],
					'value' => $email,
				),
			),
		)
	);
	return array_values(
		array_filter(
			$query->posts,
			static fn( $post ) => 0 === strcasecmp( (string) get_post_meta( $post->ID, META['contact'], true ), $email )
		)
	);
}

/** @return array{data: array, done: bool} */
function export_requests( string $email, int $page = 1 ): array {
	$posts = requests_by_email( $email, $page );
	$data  = array();
	foreach ( $posts as $post ) {
		$fields = array();
		foreach ( request_fields( read_request( $post ) ) as $name => $value ) {
			// A result or answers the visitor did not share are not theirs to export.
			if ( '' !== $value ) {
				$fields[] = array(
					'name'  => $name,
					'value' => $value,
				);
			}
		}
		$data[] = array(
			'group_id'    => 'smp-widget-requests',
			'group_label' => __( 'SMP widget contact requests', 'smp-widget' ),
			'item_id'     => 'smp-request-' . $post->ID,
			'data'        => $fields,
		);
	}
	return array(
		'data' => $data,
		'done' => count( $posts ) < PRIVACY_PAGE_SIZE,
	);
}

/** @return array{items_removed: bool, items_retained: bool, messages: string[], done: bool} */
function erase_requests( string $email, int $page = 1 ): array {
	// Deleting shifts the pages: always take the first one.
	$posts = requests_by_email( $email, 1 );
	foreach ( $posts as $post ) {
		wp_delete_post( $post->ID, true );
	}
	return array(
		'items_removed'  => count( $posts ) > 0,
		'items_retained' => false,
		'messages'       => array(),
		'done'           => count( $posts ) < PRIVACY_PAGE_SIZE,
	);
}

/** Suggested text for the site's privacy policy (Settings → Privacy → Policy Guide). */
function privacy_policy_text(): void {
	if ( ! function_exists( 'wp_add_privacy_policy_content' ) ) {
		return;
	}
	$text = '<p>' . esc_html__( 'Our SMP self-assessment runs in your browser: your answers stay there and are not sent to us or anyone else. It sets no cookies and stores nothing on your device unless you tick "Remember my answers on this device", which keeps them for 24 hours.', 'smp-widget' ) . '</p>'
		. '<p>' . esc_html(
			sprintf(
				/* translators: %d: a number of days. */
				__( 'If you ask us to contact you from it, we receive and keep the name and phone number or email address you give, your language and, only if you tick "Also send my quiz answers", your type of result and your answers. We use them to contact you about scalp micropigmentation, email them to our staff, and delete them after %d days. To limit abuse, a count of requests from your network address is kept, under a form of that address we cannot read back, for at most a day.', 'smp-widget' ),
				(int) settings()['retention_days']
			)
		) . '</p>';
	$text .= '<p>' . esc_html(
		settings()['keep_requests_on_uninstall']
			? __( 'If we remove the self-assessment from our site, the requests already received stay in our database until we delete them ourselves; they are then no longer deleted automatically.', 'smp-widget' )
			: __( 'If we remove the self-assessment from our site, every request it received is deleted with it.', 'smp-widget' )
	) . '</p>';
	if ( '' !== (string) settings()['forward_url'] ) {
		$host  = (string) wp_parse_url( (string) settings()['forward_url'], PHP_URL_HOST );
		$text .= '<p>' . esc_html(
			sprintf(
				/* translators: %s: the host name of the clinic's customer-relationship system. */
				__( 'Our server also passes each request to our customer-relationship system (%s), which keeps it under its own terms.', 'smp-widget' ),
				$host
			)
		) . '</p>';
	}
	wp_add_privacy_policy_content( __( 'SMP self-assessment', 'smp-widget' ), wp_kses_post( $text ) );
}
