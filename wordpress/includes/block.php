<?php
/**
 * The "SMP self-assessment" block: dynamic (rendered on the server on every view, so it
 * saves as a comment that any user's edit keeps), with per-block overrides of the site's
 * mode, parts, language and city. Its editor script (block/editor.js) uses WordPress's own
 * globals: no build step.
 *
 * @package SmpWidget
 */

namespace SmpWidget;

defined( 'ABSPATH' ) || exit;

const BLOCK_NAME = 'smp-widget/assessment';

add_action( 'init', __NAMESPACE__ . '\\register_block' );
add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\\enqueue_editor_widget' );

function register_block(): void {
	register_block_type(
		DIR . 'block',
		array( 'render_callback' => __NAMESPACE__ . '\\render_block' )
	);
}

/**
 * @param array<string, mixed> $attributes The block's mode, parts, lang and city.
 */
function render_block( array $attributes ): string {
	return render_widget( $attributes, get_block_wrapper_attributes() );
}

/** The editor shows the real widget in the block's preview (ServerSideRender). */
function enqueue_editor_widget(): void {
	enqueue_widget();
}
