<?php
/**
 * Contact requests in the clinic's WordPress: each one a private record (a post type that
 * is neither public, queryable, searchable nor in the REST API), emailed to the clinic, listed
 * under "Contact requests" for administrators (who may delete them), and deleted after the
 * retention period the settings give.
 *
 * @package SmpWidget
 */

namespace SmpWidget;

defined( 'ABSPATH' ) || exit;

const REQUESTS_PAGE = 'smp-widget-requests';
const REQUESTS_CAPABILITY = 'manage_options';
const DELETE_ACTION = 'smp_widget_delete_request';
/** Post meta keys (protected: the leading underscore keeps them out of the custom-fields box). */
const META = array(
	'name'    => '_smp_name',
	'contact' => '_smp_contact',
	'lang'    => '_smp_lang',
	'outcome' => '_smp_outcome',
	'answers' => '_smp_answers',
);

add_action( 'init', __NAMESPACE__ . '\\register_request_type' );
add_action( 'admin_menu', __NAMESPACE__ . '\\add_requests_page' );
add_action( 'admin_post_' . DELETE_ACTION, __NAMESPACE__ . '\\delete_request_action' );
add_action( PURGE_EVENT, __NAMESPACE__ . '\\purge_requests' );

function register_request_type(): void {
	register_post_type(
		REQUEST_TYPE,
		array(
			'label'               => __( 'Contact requests', 'smp-widget' ),
			'public'              => false,
			'publicly_queryable'  => false,
			'exclude_from_search' => true,
			'show_ui'             => false,
			'show_in_nav_menus'   => false,
			'show_in_rest'        => false,
			'query_var'           => false,
			'rewrite'             => false,
			'can_export'          => false,
			'supports'            => array( 'title' ),
			'capabilities'        => array( 'create_posts' => 'do_not_allow' ),
			'map_meta_cap'        => true,
		)
	);
}

/**
 * Stores one request, already validated (rest.php), and emails the clinic.
 *
 * @param array{name: string, contact: string, lang: string, outcome?: string, answers?: string[]} $request
 * @return int The record's id, 0 if it could not be stored.
 */
function store_request( array $request ): int {
	$meta = array(
		META['name']    => $request['name'],
		META['contact'] => $request['contact'],
		META['lang']    => $request['lang'],
	);
	if ( isset( $request['outcome'] ) ) {
		$meta[ META['outcome'] ] = $request['outcome'];
	}
	if ( isset( $request['answers'] ) ) {
		$meta[ META['answers'] ] = $request['answers'];
	}
	$id = wp_insert_post(
		array(
			'post_type'   => REQUEST_TYPE,
			'post_status' => 'private',
			'post_title'  => __( 'Contact request', 'smp-widget' ),
			'post_author' => 0,
			'meta_input'  => $meta,
		),
		true
	);
	if ( is_wp_error( $id ) || ! $id ) {
		return 0;
	}
	notify_clinic( $request );
	return (int) $id;
}

/** The clinic's email: plain text, the request's fields and where to see it. */
function notify_clinic( array $request ): void {
	$to = settings()['notify_email'];
	if ( ! is_email( $to ) ) {
		$to = get_option( 'admin_email' );
	}
	$site = wp_specialchars_decode( get_bloginfo( 'name' ), ENT_QUOTES );
	/* translators: 1: the site's name, 2: the visitor's name. */
	$subject = sprintf( __( '[%1$s] Contact request from %2$s', 'smp-widget' ), $site, $request['name'] );
	$lines   = array(
		__( 'Someone asked the clinic to contact them from the SMP self-assessment.', 'smp-widget' ),
		'',
		/* translators: %s: the visitor's name. */
		sprintf( __( 'Name: %s', 'smp-widget' ), $request['name'] ),
		/* translators: %s: a phone number or email address. */
		sprintf( __( 'Phone or email: %s', 'smp-widget' ), $request['contact'] ),
		/* translators: %s: a language tag such as en-US. */
		sprintf( __( 'Language: %s', 'smp-widget' ), $request['lang'] ),
	);
	if ( isset( $request['outcome'] ) ) {
		/* translators: %s: the result's category. */
		$lines[] = sprintf( __( 'Result: %s', 'smp-widget' ), outcome_label( $request['outcome'] ) );
	}
	if ( isset( $request['answers'] ) ) {
		/* translators: %s: the visitor's answers, comma-separated. */
		$lines[] = sprintf( __( 'Answers: %s', 'smp-widget' ), implode( '; ', $request['answers'] ) );
	}
	$lines[] = '';
	/* translators: %s: the admin page's address. */
	$lines[] = sprintf( __( 'All requests: %s', 'smp-widget' ), admin_url( 'admin.php?page=' . REQUESTS_PAGE ) );
	wp_mail( $to, $subject, implode( "\n", $lines ) );
}

/** A result category in words. */
function outcome_label( string $outcome ): string {
	$labels = array(
		'great-candidate'           => __( 'Great candidate', 'smp-widget' ),
		'good-candidate-with-notes' => __( 'Good candidate, with notes', 'smp-widget' ),
		'wait-for-flare-up'         => __( 'Wait until the flare-up settles', 'smp-widget' ),
		'talk-to-specialist'        => __( 'Talk to a specialist first', 'smp-widget' ),
	);
	return $labels[ $outcome ] ?? $outcome;
}

/**
 * One request's fields, read back.
 *
 * @return array{id: int, date: string, name: string, contact: string, lang: string, outcome: string, answers: string[]}
 */
function read_request( \WP_Post $post ): array {
	$answers = get_post_meta( $post->ID, META['answers'], true );
	return array(
		'id'      => $post->ID,
		'date'    => get_date_from_gmt( $post->post_date_gmt, get_option( 'date_format' ) . ' ' . get_option( 'time_format' ) ),
		'name'    => (string) get_post_meta( $post->ID, META['name'], true ),
		'contact' => (string) get_post_meta( $post->ID, META['contact'], true ),
		'lang'    => (string) get_post_meta( $post->ID, META['lang'], true ),
		'outcome' => (string) get_post_meta( $post->ID, META['outcome'], true ),
		'answers' => is_array( $answers ) ? array_map( 'strval', $answers ) : array(),
	);
}

function add_requests_page(): void {
	add_menu_page(
		__( 'Contact requests', 'smp-widget' ),
		__( 'Contact requests', 'smp-widget' ),
		REQUESTS_CAPABILITY,
		REQUESTS_PAGE,
		__NAMESPACE__ . '\\render_requests_page',
		'dashicons-email-alt',
		26
	);
}

function render_requests_page(): void {
	if ( ! current_user_can( REQUESTS_CAPABILITY ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to see contact requests.', 'smp-widget' ), 403 );
	}
	$per_page = 20;
	$paged    = max( 1, absint( $_GET['paged'] ?? 1 ) ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a page number.
	$query    = new \WP_Query(
		array(
			'post_type'      => REQUEST_TYPE,
			'post_status'    => 'private',
			'posts_per_page' => $per_page,
			'paged'          => $paged,
			'orderby'        => 'date',
			'order'          => 'DESC',
			'no_found_rows'  => false,
		)
	);
	$deleted = isset( $_GET['deleted'] ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a notice flag.
	?>
	<div class="wrap smp-widget-requests">
		<h1><?php esc_html_e( 'Contact requests', 'smp-widget' ); ?></h1>
		<?php if ( $deleted ) : ?>
			<div class="notice notice-success is-dismissible"><p><?php esc_html_e( 'The request was deleted.', 'smp-widget' ); ?></p></div>
		<?php endif; ?>
		<p>
			<?php
			printf(
				/* translators: %d: a number of days. */
				esc_html__( 'Visitors who asked the clinic to contact them from the SMP self-assessment. Each request is kept for %d days, then deleted (Settings → SMP widget). Tools → Export / Erase Personal Data find them by email address.', 'smp-widget' ),
				(int) settings()['retention_days']
			);
			?>
		</p>
		<table class="wp-list-table widefat fixed striped">
			<thead>
				<tr>
					<th scope="col"><?php esc_html_e( 'Received', 'smp-widget' ); ?></th>
					<th scope="col"><?php esc_html_e( 'Name', 'smp-widget' ); ?></th>
					<th scope="col"><?php esc_html_e( 'Phone or email', 'smp-widget' ); ?></th>
					<th scope="col"><?php esc_html_e( 'Language', 'smp-widget' ); ?></th>
					<th scope="col"><?php esc_html_e( 'Result and answers (if shared)', 'smp-widget' ); ?></th>
					<th scope="col"><span class="screen-reader-text"><?php esc_html_e( 'Actions', 'smp-widget' ); ?></span></th>
				</tr>
			</thead>
			<tbody>
			<?php if ( ! $query->have_posts() ) : ?>
				<tr><td colspan="6"><?php esc_html_e( 'No contact requests yet.', 'smp-widget' ); ?></td></tr>
			<?php endif; ?>
			<?php foreach ( $query->posts as $post ) : ?>
				<?php $request = read_request( $post ); ?>
				<tr class="smp-widget-request" data-id="<?php echo esc_attr( (string) $request['id'] ); ?>">
					<td><?php echo esc_html( $request['date'] ); ?></td>
					<td class="smp-request-name"><?php echo esc_html( $request['name'] ); ?></td>
					<td class="smp-request-contact"><?php echo contact_link( $request['contact'] ); // Escaped in contact_link(). ?></td>
					<td><?php echo esc_html( $request['lang'] ); ?></td>
					<td class="smp-request-result">
						<?php if ( '' !== $request['outcome'] ) : ?>
							<strong><?php echo esc_html( outcome_label( $request['outcome'] ) ); ?></strong>
						<?php endif; ?>
						<?php if ( $request['answers'] ) : ?>
							<ul>
								<?php foreach ( $request['answers'] as $answer ) : ?>
									<li><?php echo esc_html( $answer ); ?></li>
								<?php endforeach; ?>
							</ul>
						<?php endif; ?>
						<?php if ( '' === $request['outcome'] && ! $request['answers'] ) : ?>
							<?php esc_html_e( 'Not shared', 'smp-widget' ); ?>
						<?php endif; ?>
					</td>
					<td>
						<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" onsubmit="return window.confirm( '<?php echo esc_js( __( 'Delete this contact request for good?', 'smp-widget' ) ); ?>' );">
							<input type="hidden" name="action" value="<?php echo esc_attr( DELETE_ACTION ); ?>">
							<input type="hidden" name="request" value="<?php echo esc_attr( (string) $request['id'] ); ?>">
							<?php wp_nonce_field( DELETE_ACTION . '_' . $request['id'] ); ?>
							<button type="submit" class="button button-link-delete smp-request-delete">
								<?php esc_html_e( 'Delete', 'smp-widget' ); ?>
								<span class="screen-reader-text"><?php echo esc_html( $request['name'] ); ?></span>
							</button>
						</form>
					</td>
				</tr>
			<?php endforeach; ?>
			</tbody>
		</table>
		<?php
		$links = paginate_links(
			array(
				'base'    => add_query_arg( 'paged', '%#%' ),
				'format'  => '',
				'current' => $paged,
				'total'   => max( 1, (int) $query->max_num_pages ),
			)
		);
		if ( $links ) {
			echo '<div class="tablenav"><div class="tablenav-pages">' . wp_kses_post( $links ) . '</div></div>';
		}
		?>
	</div>
	<?php
}

/** A mailto: or tel: link for what the visitor typed, or the text alone. */
function contact_link( string $contact ): string {
	if ( is_email( $contact ) ) {
		$href = 'mailto:' . $contact;
	} else {
		$digits = preg_replace( '/[^0-9+]/', '', $contact );
		$href   = '' === $digits ? '' : 'tel:' . $digits;
	}
	if ( '' === $href ) {
		return esc_html( $contact );
	}
	return '<a href="' . esc_url( $href, array( 'mailto', 'tel' ) ) . '">' . esc_html( $contact ) . '</a>';
}

/** admin-post.php: deletes one request (capability and nonce checked). */
function delete_request_action(): void {
	if ( ! current_user_can( REQUESTS_CAPABILITY ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to delete contact requests.', 'smp-widget' ), 403 );
	}
	$id = absint( $_POST['request'] ?? 0 );
	check_admin_referer( DELETE_ACTION . '_' . $id );
	$post = get_post( $id );
	if ( ! $post || REQUEST_TYPE !== $post->post_type ) {
		wp_die( esc_html__( 'That contact request does not exist.', 'smp-widget' ), 404 );
	}
	wp_delete_post( $id, true );
	wp_safe_redirect( add_query_arg( 'deleted', '1', admin_url( 'admin.php?page=' . REQUESTS_PAGE ) ) );
	exit;
}

/** The daily run: deletes requests older than the retention period, a batch at a time. */
function purge_requests(): int {
	$days    = max( 1, (int) settings()['retention_days'] );
	$deleted = 0;
	do {
		$ids = get_posts(
			array(
				'post_type'        => REQUEST_TYPE,
				'post_status'      => 'any',
				'fields'           => 'ids',
				'posts_per_page'   => 100,
				'suppress_filters' => true,
				'date_query'       => array(
					array(
						'column' => 'post_date_gmt',
						'before' => gmdate( 'Y-m-d H:i:s', time() - $days * DAY_IN_SECONDS ),
					),
				),
			)
		);
		foreach ( $ids as $id ) {
			wp_delete_post( $id, true );
			++$deleted;
		}
	} while ( count( $ids ) === 100 );
	return $deleted;
}
