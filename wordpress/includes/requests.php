<?php
/**
 * Contact requests in the clinic's WordPress: each one a private record (a post type that
 * is neither public, queryable, searchable nor in the REST API, with capabilities of its own
 * that only administrators have unless a filter grants them), mailed to the clinic
 * (mail.php), optionally forwarded to its CRM (forward.php), listed under "Contact requests"
 * (searchable by name, email or phone number, exported as CSV, deleted one by one), and
 * deleted after the retention period the settings give, on every site of a network.
 *
 * @package SmpWidget
 */

namespace SmpWidget;

defined( 'ABSPATH' ) || exit;

const REQUESTS_PAGE = 'smp-widget-requests';
/** The capability to see, export and delete requests (see grant_request_capabilities()). */
const REQUESTS_CAPABILITY = 'smp_widget_manage_requests';
const DELETE_ACTION = 'smp_widget_delete_request';
const EXPORT_ACTION = 'smp_widget_export_requests';
/** When the daily purge last ran (a Unix time): Site Health warns after two days without. */
const PURGE_LAST_RUN = 'smp_widget_purge_last_run';
/** Post meta keys (protected: the leading underscore keeps them out of the custom-fields box). */
const META = array(
	'name'    => '_smp_name',
	'contact' => '_smp_contact',
	'lang'    => '_smp_lang',
	'outcome' => '_smp_outcome',
	'answers' => '_smp_answers',
	// A phone number's digits alone, so "760 501 0080" finds "(760) 501-0080".
	'digits'  => '_smp_contact_digits',
);

add_action( 'init', __NAMESPACE__ . '\\register_request_type' );
add_action( 'admin_menu', __NAMESPACE__ . '\\add_requests_page' );
add_action( 'admin_post_' . DELETE_ACTION, __NAMESPACE__ . '\\delete_request_action' );
add_action( 'admin_post_' . EXPORT_ACTION, __NAMESPACE__ . '\\export_requests_csv' );
add_action( PURGE_EVENT, __NAMESPACE__ . '\\purge_requests' );
add_filter( 'user_has_cap', __NAMESPACE__ . '\\grant_request_capabilities', 10, 4 );

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
			// Capabilities of their own: an Editor's edit_others_posts reaches no request (XML-RPC
			// and every other API check these).
			'capability_type'     => array( 'smp_request', 'smp_requests' ),
			'capabilities'        => array( 'create_posts' => 'do_not_allow' ),
			'map_meta_cap'        => true,
		)
	);
}

/**
 * The primitive capabilities the request type maps to, plus the list's own.
 *
 * @return string[]
 */
function request_capabilities(): array {
	$caps = array( REQUESTS_CAPABILITY );
	foreach ( array( 'edit', 'edit_others', 'edit_private', 'edit_published', 'delete', 'delete_others', 'delete_private', 'delete_published', 'read_private', 'publish' ) as $verb ) {
		$caps[] = $verb . '_smp_requests';
	}
	return $caps;
}

/**
 * Gives the request capabilities to whoever manages the site's options (administrators),
 * and to whomever the filter names.
 *
 * @param array<string, bool> $allcaps What the user has.
 * @param string[]            $caps    What is asked.
 * @param array               $args    The check's arguments.
 * @param \WP_User            $user    The user.
 * @return array<string, bool>
 */
function grant_request_capabilities( array $allcaps, $caps, $args, $user ): array {
	if ( ! array_intersect( (array) $caps, request_capabilities() ) ) {
		return $allcaps;
	}
	/**
	 * Filters whether a user may see, export and delete contact requests. Default: those who
	 * manage the site's options (administrators).
	 *
	 * @param bool     $allowed Whether the user has manage_options.
	 * @param \WP_User $user    The user.
	 */
	if ( apply_filters( 'smp_widget_user_manages_requests', ! empty( $allcaps['manage_options'] ), $user ) ) {
		foreach ( request_capabilities() as $cap ) {
			$allcaps[ $cap ] = true;
		}
	}
	return $allcaps;
}

/**
 * Stores one request, already validated (rest.php). Checked afterwards: a database that lost
 * a write returns 0, and the visitor's browser keeps the request to send again.
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
	if ( ! is_email( $request['contact'] ) ) {
		$meta[ META['digits'] ] = preg_replace( '/[^0-9]/', '', $request['contact'] );
	}
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
	wp_cache_delete( (int) $id, 'post_meta' );
	if ( get_post_meta( (int) $id, META['contact'], true ) !== $request['contact'] ) {
		wp_delete_post( (int) $id, true );
		return 0;
	}
	return (int) $id;
}

/** After a request is stored: the clinic's mail, and its CRM's copy. */
function hand_on( int $id, array $request ): void {
	mail_request( $id, $request );
	queue_forward( $id );
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
 * @return array{id: int, date: string, name: string, contact: string, lang: string, outcome: string, answers: string[], mail: string, forward: string}
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
		'mail'    => (string) get_post_meta( $post->ID, MAIL_META, true ),
		'forward' => (string) get_post_meta( $post->ID, FORWARD_META, true ),
	);
}

/**
 * A request's shared fields as text, labelled: what WordPress's exporter and the CSV export
 * both give ('' for a result or answers the visitor did not share).
 *
 * @return array<string, string> Label => value, in the list's order.
 */
function request_fields( array $request ): array {
	return array(
		__( 'Received', 'smp-widget' )       => $request['date'],
		__( 'Name', 'smp-widget' )           => $request['name'],
		__( 'Phone or email', 'smp-widget' ) => $request['contact'],
		__( 'Language', 'smp-widget' )       => $request['lang'],
		__( 'Result', 'smp-widget' )         => '' === $request['outcome'] ? '' : outcome_label( $request['outcome'] ),
		__( 'Answers', 'smp-widget' )        => implode( '; ', $request['answers'] ),
	);
}

/** The list's search, as typed (a name, an email address or a phone number). */
function requests_search( array $from ): string {
	return isset( $from['s'] ) && is_string( $from['s'] ) ? sanitize_text_field( wp_unslash( $from['s'] ) ) : '';
}

/**
 * The query for the list and its export: every request, or those whose name, contact or
 * phone digits contain the search.
 *
 * @param array<string, mixed> $args More query arguments.
 */
function requests_query( string $search, array $args ): \WP_Query {
	$query = array(
		'post_type'        => REQUEST_TYPE,
		'post_status'      => 'private',
		'orderby'          => 'date',
		'order'            => 'DESC',
		'suppress_filters' => true,
	);
	if ( '' !== $search ) {
		$match  = array( 'relation' => 'OR' );
		foreach ( array( 'name', 'contact' ) as $key ) {
			$match[] = array(
				'key'     => META[ $key ],
				'value'   => $search,
				'compare' => 'LIKE',
			);
		}
		$digits = preg_replace( '/[^0-9]/', '', $search );
		if ( strlen( $digits ) >= 3 ) {
			$match[] = array(
				'key'     => META['digits'],
				'value'   => $digits,
				'compare' => 'LIKE',
			);
		}
		$query['meta_query'] = array( $match ); // phpcs:ignore WordPress.DB.SlowDBQuery.slow_db_query_meta_query -- an administrator's search.
	}
	return new \WP_Query( array_merge( $query, $args ) );
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
	$search   = requests_search( $_GET ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a search.
	$query    = requests_query(
		$search,
		array(
			'posts_per_page' => $per_page,
			'paged'          => $paged,
			'no_found_rows'  => false,
		)
	);
	$deleted  = isset( $_GET['deleted'] ); // phpcs:ignore WordPress.Security.NonceVerification.Recommended -- a notice flag.
	$settings = settings();
	$mails    = mail_states();
	$forwards = forward_states();
	?>
	<div class="wrap smp-widget-requests">
		<h1 class="wp-heading-inline"><?php esc_html_e( 'Contact requests', 'smp-widget' ); ?></h1>
		<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" class="smp-widget-export" style="display: inline;">
			<input type="hidden" name="action" value="<?php echo esc_attr( EXPORT_ACTION ); ?>">
			<input type="hidden" name="s" value="<?php echo esc_attr( $search ); ?>">
			<?php wp_nonce_field( EXPORT_ACTION ); ?>
			<button type="submit" class="page-title-action smp-requests-export">
				<?php '' === $search ? esc_html_e( 'Export all as CSV', 'smp-widget' ) : esc_html_e( 'Export these as CSV', 'smp-widget' ); ?>
			</button>
		</form>
		<hr class="wp-header-end">
		<?php if ( $deleted ) : ?>
			<div class="notice notice-success is-dismissible"><p><?php esc_html_e( 'The request was deleted.', 'smp-widget' ); ?></p></div>
		<?php endif; ?>
		<p>
			<?php
			printf(
				/* translators: %d: a number of days. */
				esc_html__( 'Visitors who asked the clinic to contact them from the SMP self-assessment. Each request is kept for %d days, then deleted (Settings → SMP widget). Tools → Export / Erase Personal Data find them by email address; search here by name, email or phone number.', 'smp-widget' ),
				(int) $settings['retention_days']
			);
			?>
		</p>
		<form method="get" class="search-form smp-requests-search">
			<input type="hidden" name="page" value="<?php echo esc_attr( REQUESTS_PAGE ); ?>">
			<p class="search-box">
				<label for="smp-requests-search"><?php esc_html_e( 'Search by name, email or phone number', 'smp-widget' ); ?></label>
				<input type="search" id="smp-requests-search" name="s" value="<?php echo esc_attr( $search ); ?>">
				<button type="submit" class="button"><?php esc_html_e( 'Search', 'smp-widget' ); ?></button>
			</p>
		</form>
		<table class="wp-list-table widefat fixed striped">
			<thead>
				<tr>
					<th scope="col"><?php esc_html_e( 'Received', 'smp-widget' ); ?></th>
					<th scope="col"><?php esc_html_e( 'Name', 'smp-widget' ); ?></th>
					<th scope="col"><?php esc_html_e( 'Phone or email', 'smp-widget' ); ?></th>
					<th scope="col"><?php esc_html_e( 'Language', 'smp-widget' ); ?></th>
					<th scope="col"><?php esc_html_e( 'Result and answers (if shared)', 'smp-widget' ); ?></th>
					<th scope="col"><?php esc_html_e( 'Handed on', 'smp-widget' ); ?></th>
					<th scope="col"><span class="screen-reader-text"><?php esc_html_e( 'Actions', 'smp-widget' ); ?></span></th>
				</tr>
			</thead>
			<tbody>
			<?php if ( ! $query->have_posts() ) : ?>
				<tr><td colspan="7"><?php '' === $search ? esc_html_e( 'No contact requests yet.', 'smp-widget' ) : esc_html_e( 'No contact request matches the search.', 'smp-widget' ); ?></td></tr>
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
					<td class="smp-request-status">
						<?php if ( isset( $mails[ $request['mail'] ] ) ) : ?>
							<span class="smp-request-mail smp-status-<?php echo esc_attr( $request['mail'] ); ?>"><?php echo esc_html( $mails[ $request['mail'] ] ); ?></span>
						<?php endif; ?>
						<?php if ( isset( $forwards[ $request['forward'] ] ) ) : ?>
							<br><span class="smp-request-forward smp-status-<?php echo esc_attr( $request['forward'] ); ?>"><?php echo esc_html( $forwards[ $request['forward'] ] ); ?></span>
						<?php endif; ?>
					</td>
					<td>
						<form method="post" action="<?php echo esc_url( admin_url( 'admin-post.php' ) ); ?>" onsubmit="return window.confirm( '<?php echo esc_js( __( 'Delete this contact request for good?', 'smp-widget' ) ); ?>' );">
							<input type="hidden" name="action" value="<?php echo esc_attr( DELETE_ACTION ); ?>">
							<input type="hidden" name="request" value="<?php echo esc_attr( (string) $request['id'] ); ?>">
							<input type="hidden" name="s" value="<?php echo esc_attr( $search ); ?>">
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
	$search = requests_search( $_POST ); // Nonce checked above.
	$back   = add_query_arg( 'deleted', '1', admin_url( 'admin.php?page=' . REQUESTS_PAGE ) );
	wp_safe_redirect( '' === $search ? $back : add_query_arg( 's', rawurlencode( $search ), $back ) );
	exit;
}

/**
 * A spreadsheet cell that cannot run as a formula: text a spreadsheet would read as one
 * (starting with = + - @, a tab or a carriage return) gets a leading apostrophe.
 */
function csv_cell( string $text ): string {
	return preg_match( '/^[=+\-@\t\r]/', $text ) ? "'" . $text : $text;
}

/** admin-post.php: the list (or the search's matches) as CSV (capability and nonce checked). */
function export_requests_csv(): void {
	if ( ! current_user_can( REQUESTS_CAPABILITY ) ) {
		wp_die( esc_html__( 'Sorry, you are not allowed to export contact requests.', 'smp-widget' ), 403 );
	}
	check_admin_referer( EXPORT_ACTION );
	$search = requests_search( $_POST ); // Nonce checked above.
	nocache_headers();
	header( 'Content-Type: text/csv; charset=utf-8' );
	header( 'Content-Disposition: attachment; filename="contact-requests-' . gmdate( 'Y-m-d' ) . '.csv"' );
	header( 'X-Content-Type-Options: nosniff' );
	$out = fopen( 'php://output', 'w' ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fopen -- streaming the download.
	fwrite( $out, "\xEF\xBB\xBF" ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fwrite -- a BOM, so spreadsheets read UTF-8.
	$mails    = mail_states();
	$forwards = forward_states();
	$empty    = array_fill_keys( array( 'date', 'name', 'contact', 'lang', 'outcome' ), '' ) + array( 'answers' => array() );
	fputcsv( $out, array_merge( array_keys( request_fields( $empty ) ), array( __( 'Mail', 'smp-widget' ), __( 'Forwarding', 'smp-widget' ) ) ) );
	$page = 1;
	do {
		$query = requests_query(
			$search,
			array(
				'posts_per_page' => 200,
				'paged'          => $page,
				'no_found_rows'  => true,
			)
		);
		foreach ( $query->posts as $post ) {
			$request = read_request( $post );
			$row     = array_merge(
				array_values( request_fields( $request ) ),
				array( $mails[ $request['mail'] ] ?? '', $forwards[ $request['forward'] ] ?? '' )
			);
			fputcsv( $out, array_map( __NAMESPACE__ . '\\csv_cell', $row ) );
		}
		++$page;
	} while ( count( $query->posts ) === 200 );
	fclose( $out ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_system_operations_fclose
	exit;
}

/**
 * The daily run: deletes requests older than the retention period, a batch at a time (the
 * oldest first), and the rate limit's ended counters; notes when it ran.
 */
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
				'orderby'          => 'date',
				'order'            => 'ASC',
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
	purge_counters();
	update_option( PURGE_LAST_RUN, time(), false );
	return $deleted;
}
