# One-command setup, build, test and benchmark for SdNative on Windows (mirrors build.sh).
#   ./build.ps1          build native/ (Release, Ninja + MSVC or clang-cl) and SdNative.sln
#   ./build.ps1 test     build, then run ctest and every dotnet test project
#   ./build.ps1 bench    build, then run the benchmarks
# Needs: Visual Studio Build Tools (or clang-cl), CMake, Ninja, the .NET 10 SDK, GoogleTest found by
# CMake, and LLVM's libclang.dll (set SDN_LIBCLANG to its path) for the binding generator.
param([string]$Verb = "build")
$ErrorActionPreference = "Stop"
Set-Location $PSScriptRoot
$Config = "Release"

function Invoke-Checked([scriptblock]$Block) { & $Block; if ($LASTEXITCODE -ne 0) { throw "failed: $Block" } }

function Build-All {
    if (-not (Test-Path build/build.ninja)) { Invoke-Checked { cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release } }
    Invoke-Checked { cmake --build build }
    Invoke-Checked { dotnet build tools/SdNative.BindGen -c $Config -v quiet -nologo }
    $mode = @(); if ($env:CI -eq "true") { $mode = @("--check") }
    Invoke-Checked { dotnet tools/SdNative.BindGen/bin/$Config/net10.0/SdNative.BindGen.dll --root $PSScriptRoot @mode }
    Invoke-Checked { dotnet build SdNative.sln -c $Config -v quiet -nologo }
}

function Run-Tests {
    $passed = 0; $failed = 0; $skipped = 0
    $ctest = ctest --test-dir build --output-on-failure 2>&1 | Tee-Object -Variable ctestOut
    $m = [regex]::Match(($ctestOut -join "`n"), '(\d+) tests failed out of (\d+)')
    if (-not $m.Success) { throw "ctest reported no result" }
    $failed += [int]$m.Groups[1].Value; $passed += [int]$m.Groups[2].Value - [int]$m.Groups[1].Value
    $dotnetOut = dotnet test SdNative.sln -c $Config --no-build -nologo 2>&1 | Tee-Object -Variable dn
    foreach ($s in [regex]::Matches(($dn -join "`n"), 'Failed: +(\d+), Passed: +(\d+), Skipped: +(\d+)')) {
        $failed += [int]$s.Groups[1].Value; $passed += [int]$s.Groups[2].Value; $skipped += [int]$s.Groups[3].Value
    }
    Write-Output "$passed passed, $failed failed, $skipped skipped"
    if ($failed -ne 0) { exit 1 }
}

switch ($Verb) {
    "build" { Build-All }
    "test" { Build-All; Run-Tests }
    "bench" { Build-All; Invoke-Checked { ./build/bin/sdn_bench.exe --threads 2 } }
    default { Write-Error "unknown verb '$Verb' (build, test, bench)"; exit 2 }
}
