// UTF-8 checked sixteen bytes at a time, by the lookup method of Keiser and
// Lemire ("Validating UTF-8 in less than one instruction per byte", 2021),
// as simdjson and simdutf do it: each byte pair is classified by three
// table look-ups whose AND is non-zero only where the pair is an error, and
// the third and fourth bytes of long sequences are checked against the
// bytes two and three before. A scalar loop does the same elsewhere.
#include "CFolioUTF8.h"
#include <string.h>

static int valid_scalar(const uint8_t *p, size_t n) {
    size_t i = 0;
    while (i < n) {
        uint8_t c = p[i];
        if (c < 0x80) { i += 1; continue; }
        if (c < 0xC2) return 0;
        if (c < 0xE0) {
            if (i + 1 >= n || (p[i + 1] & 0xC0) != 0x80) return 0;
            i += 2;
        } else if (c < 0xF0) {
            if (i + 2 >= n) return 0;
            uint8_t c1 = p[i + 1];
            if ((c1 & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80) return 0;
            if ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 > 0x9F)) return 0;
            i += 3;
        } else {
            if (c > 0xF4 || i + 3 >= n) return 0;
            uint8_t c1 = p[i + 1];
            if ((c1 & 0xC0) != 0x80 || (p[i + 2] & 0xC0) != 0x80 || (p[i + 3] & 0xC0) != 0x80) return 0;
            if ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 > 0x8F)) return 0;
            i += 4;
        }
    }
    return 1;
}

#if defined(__x86_64__)
#include <immintrin.h>

#define TOO_SHORT (1 << 0)
#define TOO_LONG (1 << 1)
#define OVERLONG_3 (1 << 2)
#define TOO_LARGE (1 << 3)
#define SURROGATE (1 << 4)
#define OVERLONG_2 (1 << 5)
#define TOO_LARGE_1000 (1 << 6)
#define OVERLONG_4 (1 << 6)
#define TWO_CONTS (1 << 7)
#define CARRY (TOO_SHORT | TOO_LONG | TWO_CONTS)

// The three tables, by the high nibble of a byte, the low nibble of the
// same byte, and the high nibble of the byte after it: one for SSSE3,
// twice over for AVX2's two lanes.
#define REPEAT16(...) __VA_ARGS__, __VA_ARGS__
#define BYTE_1_HIGH \
        TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, TOO_LONG, \
        TWO_CONTS, TWO_CONTS, TWO_CONTS, TWO_CONTS, \
        TOO_SHORT | OVERLONG_2, \
        TOO_SHORT, \
        TOO_SHORT | OVERLONG_3 | SURROGATE, \
        TOO_SHORT | TOO_LARGE | TOO_LARGE_1000 | OVERLONG_4
#define BYTE_1_LOW \
        CARRY | OVERLONG_3 | OVERLONG_2 | OVERLONG_4, \
        CARRY | OVERLONG_2, \
        CARRY, CARRY, \
        CARRY | TOO_LARGE, \
        CARRY | TOO_LARGE | TOO_LARGE_1000, \
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000, \
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000, \
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000, \
        CARRY | TOO_LARGE | TOO_LARGE_1000, \
        CARRY | TOO_LARGE | TOO_LARGE_1000 | SURROGATE, \
        CARRY | TOO_LARGE | TOO_LARGE_1000, CARRY | TOO_LARGE | TOO_LARGE_1000
#define BYTE_2_HIGH \
        TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT, \
        TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE_1000 | OVERLONG_4, \
        TOO_LONG | OVERLONG_2 | TWO_CONTS | OVERLONG_3 | TOO_LARGE, \
        TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE, \
        TOO_LONG | OVERLONG_2 | TWO_CONTS | SURROGATE | TOO_LARGE, \
        TOO_SHORT, TOO_SHORT, TOO_SHORT, TOO_SHORT

__attribute__((target("ssse3")))
static __m128i special_cases(__m128i input, __m128i prev1) {
    const __m128i low_nibble = _mm_set1_epi8(0x0F);
    const __m128i byte_1_high_table = _mm_setr_epi8(BYTE_1_HIGH);
    const __m128i byte_1_low_table = _mm_setr_epi8(BYTE_1_LOW);
    const __m128i byte_2_high_table = _mm_setr_epi8(BYTE_2_HIGH);
    __m128i b1h = _mm_shuffle_epi8(byte_1_high_table, _mm_and_si128(_mm_srli_epi16(prev1, 4), low_nibble));
    __m128i b1l = _mm_shuffle_epi8(byte_1_low_table, _mm_and_si128(prev1, low_nibble));
    __m128i b2h = _mm_shuffle_epi8(byte_2_high_table, _mm_and_si128(_mm_srli_epi16(input, 4), low_nibble));
    return _mm_and_si128(_mm_and_si128(b1h, b1l), b2h);
}

__attribute__((target("ssse3")))
static __m128i block_errors(__m128i input, __m128i prev_input) {
    __m128i prev1 = _mm_alignr_epi8(input, prev_input, 15);
    __m128i prev2 = _mm_alignr_epi8(input, prev_input, 14);
    __m128i prev3 = _mm_alignr_epi8(input, prev_input, 13);
    __m128i sc = special_cases(input, prev1);
    // Only a lead of three or four bytes, two or three bytes back, leaves its
    // high bit set: those positions must be continuations, and TWO_CONTS
    // (the high bit of sc) says where a continuation follows one.
    __m128i third = _mm_subs_epu8(prev2, _mm_set1_epi8((char)(0xE0 - 0x80)));
    __m128i fourth = _mm_subs_epu8(prev3, _mm_set1_epi8((char)(0xF0 - 0x80)));
    __m128i must23 = _mm_and_si128(_mm_or_si128(third, fourth), _mm_set1_epi8((char)0x80));
    return _mm_xor_si128(must23, sc);
}

// Non-zero where a sequence begun in the last three bytes has not ended.
__attribute__((target("ssse3")))
static __m128i incomplete(__m128i input) {
    const __m128i max = _mm_setr_epi8(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
                                      (char)(0xF0 - 1), (char)(0xE0 - 1), (char)(0xC0 - 1));
    return _mm_subs_epu8(input, max);
}

__attribute__((target("ssse3")))
static int valid_ssse3(const uint8_t *p, size_t n) {
    __m128i error = _mm_setzero_si128();
    __m128i prev_input = _mm_setzero_si128();
    __m128i prev_incomplete = _mm_setzero_si128();
    size_t i = 0;
    for (;;) {
        __m128i input;
        if (i + 16 <= n) {
            input = _mm_loadu_si128((const __m128i *)(p + i));
        } else if (i < n) {
            // The end, padded with ASCII: a sequence it cuts is still incomplete.
            uint8_t last[16] = {0};
            memcpy(last, p + i, n - i);
            input = _mm_loadu_si128((const __m128i *)last);
        } else {
            break;
        }
        if (_mm_movemask_epi8(input) == 0) {
            error = _mm_or_si128(error, prev_incomplete);
        } else {
            error = _mm_or_si128(error, block_errors(input, prev_input));
            prev_incomplete = incomplete(input);
        }
        prev_input = input;
        i += 16;
        // Checked now and then, so a bad byte early ends a long check early.
        if ((i & 0xFFF) == 0 && _mm_movemask_epi8(_mm_cmpeq_epi8(error, _mm_setzero_si128())) != 0xFFFF) return 0;
    }
    error = _mm_or_si128(error, prev_incomplete);
    return _mm_movemask_epi8(_mm_cmpeq_epi8(error, _mm_setzero_si128())) == 0xFFFF;
}

// The same, thirty-two bytes at a time: text with a character past ASCII
// every few words leaves few blocks to the ASCII shortcut, and the check
// was a tenth of the parse. AVX2's byte shifts stay within each 16-byte
// lane, so the bytes before a block are taken across lanes first.
__attribute__((target("avx2")))
static __m256i special_cases_avx2(__m256i input, __m256i prev1) {
    const __m256i low_nibble = _mm256_set1_epi8(0x0F);
    const __m256i byte_1_high_table = _mm256_setr_epi8(REPEAT16(BYTE_1_HIGH));
    const __m256i byte_1_low_table = _mm256_setr_epi8(REPEAT16(BYTE_1_LOW));
    const __m256i byte_2_high_table = _mm256_setr_epi8(REPEAT16(BYTE_2_HIGH));
    __m256i b1h = _mm256_shuffle_epi8(byte_1_high_table, _mm256_and_si256(_mm256_srli_epi16(prev1, 4), low_nibble));
    __m256i b1l = _mm256_shuffle_epi8(byte_1_low_table, _mm256_and_si256(prev1, low_nibble));
    __m256i b2h = _mm256_shuffle_epi8(byte_2_high_table, _mm256_and_si256(_mm256_srli_epi16(input, 4), low_nibble));
    return _mm256_and_si256(_mm256_and_si256(b1h, b1l), b2h);
}

__attribute__((target("avx2")))
static __m256i block_errors_avx2(__m256i input, __m256i prev_input) {
    // The 32 bytes that end sixteen bytes into this block.
    __m256i shifted = _mm256_permute2x128_si256(prev_input, input, 0x21);
    __m256i prev1 = _mm256_alignr_epi8(input, shifted, 15);
    __m256i prev2 = _mm256_alignr_epi8(input, shifted, 14);
    __m256i prev3 = _mm256_alignr_epi8(input, shifted, 13);
    __m256i sc = special_cases_avx2(input, prev1);
    __m256i third = _mm256_subs_epu8(prev2, _mm256_set1_epi8((char)(0xE0 - 0x80)));
    __m256i fourth = _mm256_subs_epu8(prev3, _mm256_set1_epi8((char)(0xF0 - 0x80)));
    __m256i must23 = _mm256_and_si256(_mm256_or_si256(third, fourth), _mm256_set1_epi8((char)0x80));
    return _mm256_xor_si256(must23, sc);
}

__attribute__((target("avx2")))
static __m256i incomplete_avx2(__m256i input) {
    const __m256i max = _mm256_setr_epi8(-1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
                                         -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
                                         (char)(0xF0 - 1), (char)(0xE0 - 1), (char)(0xC0 - 1));
    return _mm256_subs_epu8(input, max);
}

__attribute__((target("avx2")))
static int valid_avx2(const uint8_t *p, size_t n) {
    __m256i error = _mm256_setzero_si256();
    __m256i prev_input = _mm256_setzero_si256();
    __m256i prev_incomplete = _mm256_setzero_si256();
    size_t i = 0;
    for (;;) {
        __m256i input;
        if (i + 32 <= n) {
            input = _mm256_loadu_si256((const __m256i *)(p + i));
        } else if (i < n) {
            uint8_t last[32] = {0};
            memcpy(last, p + i, n - i);
            input = _mm256_loadu_si256((const __m256i *)last);
        } else {
            break;
        }
        if (_mm256_movemask_epi8(input) == 0) {
            error = _mm256_or_si256(error, prev_incomplete);
        } else {
            error = _mm256_or_si256(error, block_errors_avx2(input, prev_input));
            prev_incomplete = incomplete_avx2(input);
        }
        prev_input = input;
        i += 32;
        if ((i & 0xFFF) == 0 && !_mm256_testz_si256(error, error)) return 0;
    }
    error = _mm256_or_si256(error, prev_incomplete);
    return _mm256_testz_si256(error, error);
}
#endif

int folio_utf8_valid_using(const uint8_t *p, size_t n, int level) {
#if defined(__x86_64__)
    if (level >= 2 && __builtin_cpu_supports("avx2")) return valid_avx2(p, n);
    // Every x86-64 but the first AMD ones has SSSE3.
    if (level >= 1 && __builtin_cpu_supports("ssse3")) return valid_ssse3(p, n);
#endif
    return valid_scalar(p, n);
}

int folio_utf8_valid(const uint8_t *p, size_t n) { return folio_utf8_valid_using(p, n, 2); }
