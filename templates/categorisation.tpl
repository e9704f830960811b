{{%AUTOESCAPE context="HTML"}}<h1>Kategorisasi Sistem Elektronik</h1>
<p>{{title}}. {{basis}}</p>
<p>Jawab kesepuluh pertanyaan untuk mengetahui kategori sistem elektronik (Strategis, Tinggi atau
Rendah) dan standar keamanan yang wajib diterapkan. Instrumen: <code>{{instrument}}</code>.</p>
{{#result}}<article class="receipt" role="status">
<h2>Skor {{score}}{{#has_category}}: {{label}}{{/has_category}}</h2>
{{#no_has_category}}<p>Kategori baru ditetapkan setelah semua pertanyaan dijawab.</p>{{/no_has_category}}
{{#error}}<p class="error">{{error}}</p>{{/error}}
{{#has_category}}<p>Standar yang wajib diterapkan ({{rule}}):</p>
<ul>{{#standards}}<li>{{value}}</li>{{/standards}}</ul>
{{#fallback}}<p><small>{{fallback}}</small></p>{{/fallback}}{{/has_category}}
</article>{{/result}}
<form method="get" action="/kalkulator/kategorisasi">
{{#questions}}<fieldset>
<legend><strong>{{id}}</strong> {{indicator}}</legend>
{{#note}}<small>{{note}}</small>{{/note}}
{{#options}}<label><input type="radio" name="{{name}}" value="{{letter}}"{{#checked}} checked{{/checked}}> {{letter}}. {{text}} <small>({{points}})</small></label>
{{/options}}
</fieldset>
{{/questions}}
<button type="submit">Hitung kategori</button>
</form>
<p><small>API: <code>POST /api/v1/categorisation/score</code> dengan <code>{"answers": ["A", "B", …]}</code></small></p>
