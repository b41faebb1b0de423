<?php
/**
 * The widget's files and the page rules that go with them: the loader, enqueued only on
 * pages that show a widget, `async` with its `integrity` and `crossorigin`; and the
 * box-reserving rules, printed into `<head>` on those pages so nothing below the widget
 * jumps when it starts (they skip a popup, which takes no room).
 *
 * The files are served from this plugin's folder, widget/<version>/ (the site's own
 * origin: no third party sees a visitor), or from jsDelivr when the settings say so.
 * widget/.htaccess tells Apache to send the .wasm as application/wasm.
 *
 * @package SmpWidget
 */

namespace SmpWidget;

defined( 'ABSPATH' ) || exit;

const LOADER_HANDLE = 'smp-widget-loader';
const RESERVE_HANDLE = 'smp-widget-reserve';

/**
 * What the release put in widget/<version>/: the package name and the loader's sha384.
 *
 * @return array{name: string, integrity: string}|null Null when the files are missing.
 */
function widget_files(): ?array {
	static $files = false;
	if ( false !== $files ) {
		return $files;
	}
	$files     = null;
	$dir       = DIR . 'widget/' . VERSION . '/';
	$integrity = read_json( $dir . 'integrity.json' );
	$release   = read_json( $dir . 'release.json' );
	$sri       = $integrity['loader.js'] ?? '';
	$name      = $release['name'] ?? '';
	if ( is_string( $sri ) && preg_match( '#^sha384-[A-Za-z0-9+/]{64}$#', $sri ) && is_string( $name ) && preg_match( '#^[a-z0-9][a-z0-9._-]*$#', $name ) && file_exists( $dir . 'loader.js' ) ) {
		$files = array(
			'name'      => $name,
			'integrity' => $sri,
		);
	}
	return $files;
}

/** @return array<string, mixed> */
function read_json( string $path ): array {
	if ( ! is_readable( $path ) ) {
		return array();
	}
	$value = json_decode( (string) file_get_contents( $path ), true ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
	return is_array( $value ) ? $value : array();
}

/** The loader's address: this plugin's folder, or the versioned jsDelivr URL. */
function loader_url(): string {
	$files = widget_files();
	if ( $files && 'jsdelivr' === settings()['source'] ) {
		return 'https://cdn.jsdelivr.net/npm/' . rawurlencode( $files['name'] ) . '@' . rawurlencode( VERSION ) . '/loader.js';
	}
	return plugins_url( 'widget/' . VERSION . '/loader.js', FILE );
}

/** The box-reserving rules: the release's copy of the widget's demo/reserve.css. */
function reserving_rules(): string {
	$path = DIR . 'assets/reserve.css';
	if ( ! is_readable( $path ) ) {
		return '';
	}
	$css = (string) file_get_contents( $path ); // phpcs:ignore WordPress.WP.AlternativeFunctions.file_get_contents_file_get_contents -- a local file.
	return trim( (string) preg_replace( '#/\*.*?\*/#s', '', $css ) );
}

add_action( 'init', __NAMESPACE__ . '\\register_assets' );
add_action( 'wp_enqueue_scripts', __NAMESPACE__ . '\\enqueue_for_content' );
add_filter( 'script_loader_tag', __NAMESPACE__ . '\\loader_tag', 10, 2 );

function register_assets(): void {
	// No ?ver=: the folder is versioned, and the loader finds its other files beside itself.
	wp_register_script( LOADER_HANDLE, loader_url(), array(), null, false ); // phpcs:ignore WordPress.WP.EnqueuedResourceParameters.MissingVersion -- versioned path.
	wp_register_style( RESERVE_HANDLE, false, array(), VERSION );
	$rules = reserving_rules();
	if ( '' !== $rules ) {
		wp_add_inline_style( RESERVE_HANDLE, $rules );
	}
}

/**
 * Enqueues the loader and the reserving rules. Called before `<head>` is printed (by the
 * check below, and by a block theme, which renders its blocks first) they land in it; called
 * later (a classic theme's widget area) the loader still runs from the footer.
 */
function enqueue_widget(): void {
	if ( ! widget_files() ) {
		return;
	}
	if ( ! wp_script_is( LOADER_HANDLE, 'registered' ) ) {
		register_assets();
	}
	wp_enqueue_script( LOADER_HANDLE );
	wp_enqueue_style( RESERVE_HANDLE );
}

/** On a post or page whose content has the block or the shortcode, before `<head>`. */
function enqueue_for_content(): void {
	$post = is_singular() ? get_post() : null;
	if ( $post && ( has_block( BLOCK_NAME, $post ) || has_shortcode( $post->post_content, SHORTCODE ) ) ) {
		enqueue_widget();
	}
}

/**
 * WordPress 6.1 cannot give an enqueued script `async`, `integrity` or `crossorigin`: they
 * go in here. The same bytes are on jsDelivr, so the same integrity holds there.
 */
function loader_tag( string $tag, string $handle ): string {
	$files = widget_files();
	if ( LOADER_HANDLE !== $handle || ! $files ) {
		return $tag;
	}
	$attributes = sprintf( '<script async integrity="%s" crossorigin="anonymous" ', esc_attr( $files['integrity'] ) );
	return (string) preg_replace( '#<script\s+(?=[^>]*\bsrc=)#', $attributes, $tag, 1 );
}
