/*
 * Test scaffolding for Wine 8.0 only — never shipped, never in the installer.
 *
 * Rust's standard library (1.78 and later) takes its random numbers from ProcessPrng in
 * bcryptprimitives.dll, which Windows 10 and 11 have and Wine 8.0 does not: there a Rust
 * program ends before main. Placed beside navigator.exe under Wine, this DLL gives ProcessPrng
 * over SystemFunction036 (RtlGenRandom in advapi32), which Wine does have.
 *
 * Built by scripts/windows: x86_64-w64-mingw32-gcc -shared -O2 -o bcryptprimitives.dll
 *   bcryptprimitives.c bcryptprimitives.def -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
    /* SystemFunction036 takes at most a ULONG at a time; ProcessPrng takes a SIZE_T. */
    while (length > 0) {
        ULONG chunk = length > 0x40000000 ? 0x40000000 : (ULONG)length;
        if (!SystemFunction036(data, chunk))
            return FALSE;
        data += chunk;
        length -= chunk;
    }
    return TRUE;
}
